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
  check(row, context) {
    const mid = row.text('mid');
    const manufacturer = row.text('manufacturer');
    if (mid === '' || manufacturer === '') return NO_FINDINGS;
    // The country is compared as written and upper-cased only when judged: no new string per row.
    const country = row.text('mfrCountry');
    const address = row.text('mfrAddress');
    const city = row.text('mfrCity');
    // Catalogs repeat the same factory on many lines: each MID remembers the last details it was
    // judged with, and rows that repeat them reuse the verdict (no long keys to build and hash).
    const mids = columnValues(context.catalog, 'mid');
    const midId = mids.ids[row.row - 1]!;
    const judged = context.memo.list<JudgedMid>('mid-mismatch', mids.texts.length);
    let seen = midId === UNNUMBERED ? undefined : judged[midId];
    if (!seen || seen.manufacturer !== manufacturer || seen.country !== country || seen.address !== address || seen.city !== city) {
      seen = { manufacturer, country, address, city, disagreements: midDisagreements(mid, manufacturer, country.toUpperCase(), address, city) };
      if (midId !== UNNUMBERED) judged[midId] = seen;
    }
    const { disagreements } = seen;
    if (disagreements.length === 0) return NO_FINDINGS;
    return [
      cellFinding(this, row, 'mid', `MID ${mid} does not match the manufacturer in this row: ${disagreements.join('; ')}.`, {
        fix: 'Check that the MID and the manufacturer columns describe the same factory.',
      }),
    ];
  },
};

interface JudgedMid {
  manufacturer: string;
  country: string;
  address: string;
  city: string;
  disagreements: string[];
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
