import { describe, expect, it } from 'vitest';
import { checkCatalog, checkWithRule, findingsOf, scheduleOf } from '../../../support/catalog-builder';

const schedule = scheduleOf([
  { code: '8471300100', units: ['NO'] },
  { code: '6403993100', units: ['PRS'] },
  { code: '6109100012', units: ['DOZ', 'KG'] },
  { code: '9701210000', units: ['X'] },
  { code: '8471500150', units: ['NO'], expires: '2025-12-31' },
]);

const unitMismatch = (rows: string[][]) => checkWithRule('unit-mismatch', { headers: ['HTS', 'UOM'], rows, schedule });

describe('unit-mismatch', () => {
  it('accepts the unit the schedule names, in the spellings catalogs use', () => {
    expect(unitMismatch([['8471.30.0100', 'NO'], ['8471.30.0100', 'PCS'], ['8471300100', 'ea'], ['6403.99.3100', 'pairs'], ['6403.99.3100', 'PR']])).toEqual([]);
  });

  it('accepts either unit of a line reported in two', () => {
    expect(unitMismatch([['6109.10.0012', 'DOZ'], ['6109.10.0012', 'kgs']])).toEqual([]);
  });

  it('accepts any unit for a line that reports no quantity (X)', () => {
    expect(unitMismatch([['9701.21.0000', 'NO']])).toEqual([]);
  });

  it('flags another unit, on the unit cell, with the schedule\'s unit as the fix', () => {
    const findings = unitMismatch([['8471.30.0100', 'KG'], ['6403.99.3100', 'NO']]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'unit-mismatch', severity: 'warning', row: 1, field: 'unit', column: 'UOM', value: 'KG', fix: 'NO' }),
      expect.objectContaining({ row: 2, value: 'NO', fix: 'PRS' }),
    ]);
    expect(findings[0]!.message).toContain('8471.30.0100 is reported in NO');
  });

  it('leaves codes that are not in force, malformed or absent to the tariff rules, and empty units alone', () => {
    expect(unitMismatch([['8471.50.0150', 'KG'], ['84713001', 'KG'], ['9405.11.0000', 'KG'], ['8471.30.0100', '']])).toEqual([]);
  });

  it('is skipped without a schedule', () => {
    const report = checkCatalog({ headers: ['HTS', 'UOM'], rows: [['8471.30.0100', 'KG']] });
    expect(report.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'unit-mismatch', reason: expect.stringMatching(/needs a tariff schedule/) }));
    expect(findingsOf(report, 'unit-mismatch')).toEqual([]);
  });
});
