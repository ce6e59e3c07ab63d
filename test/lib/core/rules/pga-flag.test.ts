import { describe, expect, it } from 'vitest';
import { checkCatalog, checkCells, scheduleOf } from '../../../support/catalog-builder';

const schedule = scheduleOf([
  { code: '0302110010', units: ['KG'], agencies: ['FD2', 'NM1', 'FW1'] },
  { code: '0101210010', units: ['NO'], agencies: ['AM7', 'FD3'] },
  { code: '8471300100', units: ['NO'], agencies: [] },
  { code: '4407110000', units: ['M3'], agencies: ['AL2'], expires: '2025-12-31' },
]);

describe('pga-flag with a schedule', () => {
  it('names the agencies the schedule flags, as information', () => {
    const findings = checkCells('pga-flag', 'HTS', ['0302.11.0010', '0101.21.0010'], { schedule });
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'pga-flag', severity: 'info', row: 1, field: 'hts', column: 'HTS', value: '0302.11.0010' }),
      expect.objectContaining({ severity: 'info', row: 2 }),
    ]);
    expect(findings[0]!.message).toMatch(/FDA \(FD2\).*NOAA.*\(NM1\).*Fish & Wildlife.*\(FW1\)/);
    expect(findings[1]!.message).toMatch(/USDA AMS \(AM7\).*FDA \(FD3\)/);
  });

  it('says nothing for lines without flags, not in force or not in the schedule', () => {
    expect(checkCells('pga-flag', 'HTS', ['8471.30.0100', '4407.11.0000', '0302.11.0090'], { schedule })).toEqual([]);
  });
});

describe('pga-flag without a schedule', () => {
  it.each([
    ['0302.11.0010', /FDA/],
    ['3004.90.9290', /FDA \(drugs\)/],
    ['9503.00.0073', /CPSC/],
    ['8517.13.0000', /FCC/],
    ['4407.11.0000', /Lacey Act/],
    ['9403.60.8081', /Lacey Act/],
    ['2933.99.7900', /EPA/],
    ['9303.20.0000', /ATF/],
  ])('gives a chapter-level hint for %s', (code, agency) => {
    const [finding] = checkCells('pga-flag', 'HTS', [code]);
    expect(finding).toMatchObject({ severity: 'info', row: 1, field: 'hts' });
    expect(finding!.message).toMatch(agency);
  });

  it('says nothing for chapters no agency usually regulates', () => {
    expect(checkCells('pga-flag', 'HTS', ['8471.30.0100', '7318.15.2095'])).toEqual([]);
  });

  it('leaves malformed codes and chapter 98/99 alone', () => {
    expect(checkCells('pga-flag', 'HTS', ['03021100', '9801.00.1000'])).toEqual([]);
  });

  it('applies to U.S. entries only', () => {
    const report = checkCatalog({ headers: ['HTS'], rows: [['0302110010']], jurisdiction: 'EU' });
    expect(report.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'pga-flag', reason: 'does not apply to EU' }));
  });
});
