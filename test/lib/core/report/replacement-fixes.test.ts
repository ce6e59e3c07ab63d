import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/core/model/finding';
import { readCatalogText } from '../../../../lib/core/read/read-catalog';
import { acceptAllFixes, replacementValue } from '../../../../lib/core/report/replacement-fixes';
import { validateTable } from '../../../../lib/core/validate';

const finding = (ruleId: string, fix: string | undefined, field: Finding['field'] = 'quantity'): Finding => ({
  ruleId, severity: 'error', row: 1, field, column: 'Qty', value: 'x', message: 'm', ...(fix !== undefined ? { fix } : {}),
});

describe('which fixes are values to write into a cell', () => {
  it('takes a value of the rule\'s shape, never advice, and nothing from rules that give advice only', () => {
    expect(replacementValue(finding('quantity-invalid', '3'))).toBe('3');
    expect(replacementValue(finding('quantity-invalid', 'Enter the quantity as digits, e.g. 120.'))).toBeNull();
    expect(replacementValue(finding('description-vague', 'Say what the goods are', 'description'))).toBeNull();
    expect(replacementValue(finding('row-duplicate', 'Delete this line, or merge it with row 2.'))).toBeNull();
    expect(replacementValue(finding('origin-invalid', undefined, 'origin'))).toBeNull();
    expect(replacementValue({ ...finding('origin-invalid', 'CN', 'origin'), row: null })).toBeNull();
  });

  it('accepts, from a real check, the corrections of the value rules only, placed by the mapping', () => {
    const table = readCatalogText(
      'Part No,Description,HTS,COO,Qty,UOM,Unit Price,Ext. Value,Currency,Incoterms\n' +
        'A-1,Parts,8471.30.01OO,China,2.4,NO,10.00,50.00,Euro,DAT\n' +
        'A-1,Parts,8471.30.01OO,China,2.4,NO,10.00,50.00,Euro,DAT\n',
      'c.csv',
    );
    const report = validateTable(table, { checkDate: '2026-03-01' });
    const accepted = acceptAllFixes(report.findings, report.mapping);
    expect(accepted.filter((f) => f.row === 1).map((f) => [f.ruleId, f.column, f.old, f.new])).toEqual([
      ['hts-format', 'HTS', '8471.30.01OO', '8471300100'],
      ['origin-invalid', 'COO', 'China', 'CN'],
      ['currency-invalid', 'Currency', 'Euro', 'EUR'],
      ['quantity-invalid', 'Qty', '2.4', '2'],
      ['value-mismatch', 'Ext. Value', '50.00', '24.00'],
      ['incoterm-invalid', 'Incoterms', 'DAT', 'DPU'],
    ]);
    expect(report.findings.some((f) => f.ruleId === 'row-duplicate' && f.fix)).toBe(true);
    expect(accepted.some((f) => f.ruleId === 'row-duplicate' || f.ruleId === 'description-vague')).toBe(false);
    expect(acceptAllFixes(report.findings, report.mapping, ['origin-invalid']).map((f) => f.row)).toEqual([1, 2]);
  });
});
