import { isCountryCode } from '../values/country';
import { CANADIAN_PROVINCE_CODES, midAddressNumber, midCityLetters, midFormatProblem, midNameLetters, splitMid } from '../values/manufacturer-id';
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
  check(row) {
    const mid = row.text('mid');
    const manufacturer = row.text('manufacturer');
    // A malformed MID is mid-format's to report.
    if (mid === '' || manufacturer === '' || midFormatProblem(mid)) return NO_FINDINGS;
    const parts = splitMid(mid);
    if (!parts) return NO_FINDINGS;

    const disagreements: string[] = [];
    const expectedName = midNameLetters(manufacturer);
    if (expectedName && !(parts.name + parts.number + parts.city).startsWith(expectedName)) {
      disagreements.push(`name letters ${parts.name} (from "${manufacturer}" they would be ${expectedName})`);
    }
    const country = row.text('mfrCountry').toUpperCase();
    if (country && isCountryCode(country)) {
      const countryOk = country === 'CA' ? parts.country in CANADIAN_PROVINCE_CODES : parts.country === country;
      if (!countryOk) disagreements.push(`country ${parts.country} (the manufacturer is in ${country})`);
    }
    const address = row.text('mfrAddress');
    if (address) {
      const number = midAddressNumber(address);
      if (number !== parts.number) disagreements.push(`address number ${parts.number || 'none'} (the address gives ${number || 'none'})`);
    }
    const city = row.text('mfrCity');
    if (city) {
      const letters = midCityLetters(city);
      if (letters && letters !== parts.city) disagreements.push(`city letters ${parts.city} (from "${city}" they would be ${letters})`);
    }
    if (disagreements.length === 0) return NO_FINDINGS;
    return [
      cellFinding(this, row, 'mid', `MID ${mid} does not match the manufacturer in this row: ${disagreements.join('; ')}.`, {
        fix: 'Check that the MID and the manufacturer columns describe the same factory.',
      }),
    ];
  },
};
