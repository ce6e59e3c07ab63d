import { describe, expect, it } from 'vitest';
import { checkCatalog, checkCells, findingsOf } from '../../../support/catalog-builder';

const originRestricted = (values: string[]) => checkCells('origin-restricted', 'Origin', values);

describe('origin-restricted', () => {
  it('warns on origins under OFAC sanctions or Column 2 rates', () => {
    const findings = originRestricted(['CU', 'IR', 'KP', 'SY', 'RU', 'BY']);
    expect(findings.map((f) => [f.row, f.severity, f.field])).toEqual([
      [1, 'warning', 'origin'],
      [2, 'warning', 'origin'],
      [3, 'warning', 'origin'],
      [4, 'warning', 'origin'],
      [5, 'warning', 'origin'],
      [6, 'warning', 'origin'],
    ]);
    expect(findings[0]!.message).toMatch(/Cuba.*31 CFR 515/);
    expect(findings[4]!.message).toMatch(/Column 2/);
  });

  it('reads lower-case codes too', () => {
    expect(originRestricted(['ru'])).toEqual([expect.objectContaining({ row: 1, value: 'ru', severity: 'warning' })]);
  });

  it('does not warn on other origins', () => {
    expect(originRestricted(['CN', 'DE', 'VN', 'MX', 'CA'])).toEqual([]);
  });

  it('applies to U.S. entries only', () => {
    const report = checkCatalog({ headers: ['Origin'], rows: [['RU']], jurisdiction: 'EU' });
    expect(report.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'origin-restricted', reason: 'does not apply to EU' }));
    expect(findingsOf(report, 'origin-restricted')).toEqual([]);
  });
});
