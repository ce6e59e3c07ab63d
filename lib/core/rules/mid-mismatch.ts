import type { Catalog, CatalogRow } from '../catalog/catalog';
import { columnValues, UNNUMBERED } from '../catalog/column-values';
import { isCountryCode } from '../values/country';
import { CANADIAN_PROVINCE_CODES, midAddressNumber, midCityLetters, midFormatProblem, midNameLetterOptions, splitMid } from '../values/manufacturer-id';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

export const midMismatch: RowRule = {
  scope: 'row',
  id: 'mid-mismatch',
  title: 'Manufacturer ID disagrees with the manufacturer given',
  severity: 'warning',
  fields: ['mid', 'manufacturer'],
  jurisdictions: ['US'],
  help:
    'The MID is built from the manufacturer\'s own name, address, city and country. When the row names a manufacturer whose details ' +
    'would build a different MID, either the MID belongs to another factory or the manufacturer columns are wrong. ' +
    'This is a warning: CBP may have assigned a MID that differs for reasons the row does not show.',
  source: { name: '19 CFR Part 102 Appendix (MID construction); CBP ACE CATAIR Appendix 2', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-102/appendix-Appendix%20to%20Part%20102' },
  numbered: ['mid', 'manufacturer', 'mfrCountry', 'mfrAddress', 'mfrCity'],
  check(row, context) {
    const run = context.memo.once('mid-mismatch', () => midRun(context.catalog));
    const index = row.row - 1;
    const midId = run.mid.ids[index]!;
    const manufacturerId = run.manufacturer.ids[index]!;
    // Number 0 is the empty text (a text too long to number is not empty).
    if (midId === 0 || manufacturerId === 0) return NO_FINDINGS;
    const countryId = run.country.ids[index]!;
    const addressId = run.address.ids[index]!;
    const cityId = run.city.ids[index]!;
    const judged =
      midId === UNNUMBERED || manufacturerId === UNNUMBERED || countryId === UNNUMBERED || addressId === UNNUMBERED || cityId === UNNUMBERED
        ? judgedByText(row, midId, run)
        : judgedByNumbers(midId, manufacturerId, countryId, addressId, cityId, run);
    if (judged.disagreements.length === 0) return NO_FINDINGS;
    const mid = midId === UNNUMBERED ? row.text('mid') : run.mid.texts[midId]!;
    return [
      cellFinding(this, row, 'mid', `MID ${mid} does not match the manufacturer in this row: ${judged.disagreements.join('; ')}.`, {
        fix: 'Check that the MID and the manufacturer columns describe the same factory.',
      }),
    ];
  },
};

/**
 * The five columns the rule reads, numbered (catalog/column-values), and the last details each
 * MID was judged with. Catalogs repeat the same factory on many lines: a row that repeats the
 * details its MID was last judged with reuses the verdict, found by comparing five value numbers.
 */
function midRun(catalog: Catalog) {
  const mid = columnValues(catalog, 'mid');
  return {
    mid,
    manufacturer: columnValues(catalog, 'manufacturer'),
    country: columnValues(catalog, 'mfrCountry'),
    address: columnValues(catalog, 'mfrAddress'),
    city: columnValues(catalog, 'mfrCity'),
    byNumbers: new Array<JudgedByNumbers | undefined>(mid.texts.length),
    byText: new Array<JudgedByText | undefined>(mid.texts.length),
  };
}

type MidRun = ReturnType<typeof midRun>;

interface JudgedByNumbers {
  manufacturerId: number;
  countryId: number;
  addressId: number;
  cityId: number;
  disagreements: string[];
}

function judgedByNumbers(midId: number, manufacturerId: number, countryId: number, addressId: number, cityId: number, run: MidRun): JudgedByNumbers {
  let seen = run.byNumbers[midId];
  if (!seen || seen.manufacturerId !== manufacturerId || seen.countryId !== countryId || seen.addressId !== addressId || seen.cityId !== cityId) {
    const disagreements = midDisagreements(
      run.mid.texts[midId]!,
      run.manufacturer.texts[manufacturerId]!,
      run.country.texts[countryId]!.toUpperCase(),
      run.address.texts[addressId]!,
      run.city.texts[cityId]!,
    );
    run.byNumbers[midId] = seen = { manufacturerId, countryId, addressId, cityId, disagreements };
  }
  return seen;
}

interface JudgedByText {
  manufacturer: string;
  country: string;
  address: string;
  city: string;
  disagreements: string[];
}

/** The same, by the texts, for a row with a text too long to number (or in a column of nearly all different texts). */
function judgedByText(row: CatalogRow, midId: number, run: MidRun): JudgedByText {
  const manufacturer = row.text('manufacturer');
  // The country is compared as written and upper-cased only when judged: no new string per row.
  const country = row.text('mfrCountry');
  const address = row.text('mfrAddress');
  const city = row.text('mfrCity');
  let seen = midId === UNNUMBERED ? undefined : run.byText[midId];
  if (!seen || seen.manufacturer !== manufacturer || seen.country !== country || seen.address !== address || seen.city !== city) {
    seen = { manufacturer, country, address, city, disagreements: midDisagreements(row.text('mid'), manufacturer, country.toUpperCase(), address, city) };
    if (midId !== UNNUMBERED) run.byText[midId] = seen;
  }
  return seen;
}

/** Which parts of a well-formed MID disagree with the manufacturer's details (none when malformed: mid-format reports that). */
function midDisagreements(mid: string, manufacturer: string, country: string, address: string, city: string): string[] {
  const parts = midFormatProblem(mid) ? null : splitMid(mid);
  if (!parts) return [];
  const disagreements: string[] = [];
  const expectedNames = midNameLetterOptions(manufacturer).filter(Boolean);
  const letters = parts.name + parts.number + parts.city;
  if (expectedNames.length > 0 && !expectedNames.some((expected) => letters.startsWith(expected))) {
    disagreements.push(`name letters ${parts.name} (from "${manufacturer}" they would be ${expectedNames.join(' or ')})`);
  }
  if (country && isCountryCode(country)) {
    const countryOk = country === 'CA' ? parts.country in CANADIAN_PROVINCE_CODES : parts.country === country;
    if (!countryOk) disagreements.push(`country ${parts.country} (the manufacturer is in ${country})`);
  }
  if (address) {
    const number = midAddressNumber(address);
    if (number !== parts.number) disagreements.push(`address number ${parts.number || 'none'} (the address gives ${number || 'none'})`);
  }
  if (city) {
    const letters = midCityLetters(city);
    if (letters && letters !== parts.city) disagreements.push(`city letters ${parts.city} (from "${city}" they would be ${letters})`);
  }
  return disagreements;
}
