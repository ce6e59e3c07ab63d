import { describe, expect, it } from 'vitest';
import { checkCells } from '../../../support/catalog-builder';

const htsFormat = (codes: string[], jurisdiction: 'US' | 'EU' | 'UK' | 'CA' = 'US') =>
  checkCells('hts-format', 'HTS Code', codes, { jurisdiction });

describe('hts-format', () => {
  it('accepts a U.S. statistical reporting number however the catalog groups its digits', () => {
    expect(htsFormat(['8471.30.0100', '8471300100', '8471.30.01.00', '8471 30 0100', '0101.21.0010'])).toEqual([]);
  });

  it('accepts an 8-digit chapter 98/99 provision for the U.S. (they have no statistical suffix)', () => {
    expect(htsFormat(['9801.00.10', '99038803'])).toEqual([]);
  });

  it('leaves an empty cell to cell-required', () => {
    expect(htsFormat(['', '   '])).toEqual([]);
  });

  it('flags an 8-digit U.S. code without guessing the statistical suffix', () => {
    const [finding, ...rest] = htsFormat(['8471.30.0100', '84713001']);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'hts-format', severity: 'error', row: 2, field: 'hts', column: 'HTS Code', value: '84713001' });
    expect(finding!.message).toMatch(/8 digits.*10/);
    expect(finding!.fix).toBeUndefined();
  });

  it('suggests the digit when a letter O was typed for a zero', () => {
    const [finding] = htsFormat(['8471.3O.0100']);
    expect(finding).toMatchObject({ row: 1, field: 'hts', value: '8471.3O.0100', fix: '8471300100' });
    expect(finding!.message).toContain('(O)');
  });

  it('suggests the lost leading zero of a chapter 01–09 code stored as a number', () => {
    // 0101.21.0010 (purebred male horses) loses its zero when Excel treats the cell as a number.
    const [finding] = htsFormat(['101210010']);
    expect(finding).toMatchObject({ severity: 'error', field: 'hts', value: '101210010', fix: '0101210010' });
  });

  it('does not suggest a leading zero that would make a code no chapter has', () => {
    // A cut-off 8471.30.0100; "0847130010" would be heading 0847, which does not exist.
    const [finding] = htsFormat(['847130010']);
    expect(finding).toMatchObject({ row: 1, value: '847130010' });
    expect(finding!.fix).toBeUndefined();
  });

  it('flags separators in the wrong places and shows the code as the HTSUS prints it', () => {
    const [finding] = htsFormat(['84.71.30.01.00']);
    expect(finding).toMatchObject({ row: 1, fix: '8471.30.0100' });
    expect(finding!.message).toMatch(/separators/);
  });

  it('flags text that is not a code at all', () => {
    const findings = htsFormat(['TBD', '8471,30,0100', '847130010000']);
    expect(findings.map((f) => f.row)).toEqual([1, 2, 3]);
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
  });

  it('accepts 8-digit CN and 10-digit TARIC codes for the EU', () => {
    expect(htsFormat(['84713000', '8471 30 00', '8471.30.00', '8471300000', '8471 30 00 00'], 'EU')).toEqual([]);
  });

  it('flags a 6-digit HS subheading for the EU: a declaration needs the CN code', () => {
    const [finding] = htsFormat(['847130'], 'EU');
    expect(finding).toMatchObject({ row: 1, severity: 'error', value: '847130' });
    expect(finding!.message).toMatch(/6 digits.*8 or 10/);
  });

  it('asks for 10 digits in the UK and Canada', () => {
    expect(htsFormat(['8471300000'], 'UK')).toEqual([]);
    expect(htsFormat(['84713000'], 'UK').map((f) => f.row)).toEqual([1]);
    expect(htsFormat(['8471.30.00.00'], 'CA')).toEqual([]);
    expect(htsFormat(['84713000'], 'CA').map((f) => f.row)).toEqual([1]);
  });
});

describe('hts-format: a U.S. subheading without its statistical suffix', () => {
  it('names the statistical lines under it when a schedule is loaded, and gives the fix when there is one', async () => {
    const { checkCells, scheduleOf } = await import('../../../support/catalog-builder');
    const schedule = scheduleOf([{ code: '4412315250' }, { code: '4412315255' }, { code: '8471300100' }]);
    const [two, one] = checkCells('hts-format', 'HTS', ['4412.31.52', '84713001'], { schedule });
    expect(two!.message).toBe('Tariff code "4412.31.52" has 8 digits; US codes have 10. Lines under 4412.31.52: 4412.31.5250, 4412.31.5255.');
    expect(two!.fix).toBeUndefined();
    expect(one!.fix).toBe('8471.30.0100');
  });
});
