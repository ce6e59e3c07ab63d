import { describe, expect, it } from 'vitest';
import { checkCatalog, checkCells } from '../../../support/catalog-builder';

const midFormat = (values: string[]) => checkCells('mid-format', 'MID', values);

describe('mid-format', () => {
  it('accepts MIDs built as 19 CFR 102 describes', () => {
    // Brightstar Electronics, 1288 Longgang Avenue, Shenzhen; Amalgamated Plastics, Toronto (Ontario = XO);
    // Bergstrom (one-word name), 25 Rue de Lyon, Paris.
    expect(midFormat(['CNBRIELE1288SHE', 'XOAMAPLA123TOR', 'XQAMAPLA5MON', 'FRBER25PAR', 'DEHANMUL12MUN'])).toEqual([]);
  });

  it('flags CA as the country: Canadian manufacturers use their province code', () => {
    const [finding] = midFormat(['CAAMAPLA123TOR']);
    expect(finding).toMatchObject({ ruleId: 'mid-format', severity: 'error', row: 1, field: 'mid', column: 'MID', value: 'CAAMAPLA123TOR' });
    expect(finding!.message).toMatch(/province code/);
    expect(finding!.fix).toBeUndefined();
  });

  it('flags a MID longer than 15 characters', () => {
    const [finding] = midFormat(['CNBRIELE12885SHEN']);
    expect(finding).toMatchObject({ row: 1, value: 'CNBRIELE12885SHEN' });
    expect(finding!.message).toMatch(/17 characters.*at most 15/);
  });

  it('suggests the MID in capitals, without spaces or punctuation', () => {
    const findings = midFormat(['cnbriele1288she', 'CN BRIELE 1288 SHE', 'CN-BRIELE-1288-SHE']);
    expect(findings.map((f) => [f.row, f.fix])).toEqual([
      [1, 'CNBRIELE1288SHE'],
      [2, 'CNBRIELE1288SHE'],
      [3, 'CNBRIELE1288SHE'],
    ]);
    expect(findings[0]!.message).toMatch(/capital letters/);
  });

  it('does not suggest a cleaned MID that would still be wrong', () => {
    // In capitals it starts with CA, which is never valid.
    const [finding] = midFormat(['caamapla123tor']);
    expect(finding).toMatchObject({ row: 1 });
    expect(finding!.fix).toBeUndefined();
  });

  it('flags a country code that is neither ISO nor a Canadian province', () => {
    const [finding] = midFormat(['ZZABCDEF12ABC']);
    expect(finding!.message).toMatch(/"ZZ"/);
  });

  it('flags a MID that does not end in the city letters', () => {
    expect(midFormat(['CNBRIELE1288SH3'])).toEqual([expect.objectContaining({ row: 1, value: 'CNBRIELE1288SH3' })]);
  });

  it('applies to U.S. entries only, and leaves empty cells alone', () => {
    expect(midFormat([''])).toEqual([]);
    const report = checkCatalog({ headers: ['MID'], rows: [['CAAMAPLA123TOR']], jurisdiction: 'EU' });
    expect(report.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'mid-format', reason: 'does not apply to EU' }));
  });
});
