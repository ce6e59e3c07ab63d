import { describe, expect, it } from 'vitest';
import { textReport, textReportPieces } from '../../../../lib/core/report/text-report';
import { checkCatalog } from '../../../support/catalog-builder';

describe('the text report', () => {
  const report = checkCatalog({
    source: 'invoice.csv',
    headers: ['Description', 'Tariff No.', 'COO', 'Qty', 'Unit Price', 'Remarks'],
    rows: [
      ['Laptop computers, 14 inch', '8471.30.0100', 'UK', '10', '450.00', ''],
      ['Laptop computers, 14 inch', '8471.30.0100', 'UK', '10', '450.00', ''],
    ],
    mapping: { lineValue: 'Remarks' },
  });
  const text = textReport(report);

  it('starts with the source, the row count and whether a schedule was loaded', () => {
    expect(text.split('\n')[0]).toBe('Customs Preflight — invoice.csv');
    expect(text).toContain('2 rows · jurisdiction US · check date 2026-03-01 · no tariff schedule loaded');
  });

  it('counts findings by severity and rule', () => {
    expect(text).toMatch(/2 errors, 1 warning, \d+ notes?/);
    expect(text).toMatch(/\n\s+2\s+origin-invalid\n/);
  });

  it('explains the column mapping, overrides included', () => {
    expect(text).toContain('hts ← "Tariff No." (header says "tariff number";');
    expect(text).toContain('lineValue ← "Remarks" (set by you)');
  });

  it('lists the rules not run with the reason', () => {
    expect(text).toContain('hts-unknown: needs a tariff schedule');
  });

  it('shows each finding with its row, column and fix', () => {
    expect(text).toMatch(/row 1\s+error\s+origin-invalid \[COO\]: .*UK.* → GB/);
    expect(text).toMatch(/row 2\s+warning\s+row-duplicate: This line repeats row 1 exactly\./);
  });
});

describe('the text report written a piece at a time', () => {
  it('joins to the whole report, one line per finding after the head', () => {
    const report = checkCatalog({
      headers: ['Description', 'Tariff No.', 'COO'],
      rows: Array.from({ length: 30 }, () => ['Parts', '8471.30.0100', 'UK']),
    });
    const pieces = [...textReportPieces(report)];
    expect(pieces.join('')).toBe(textReport(report));
    expect(pieces[0]).toMatch(/Findings:\n$/);
    expect(pieces.slice(1).join('').split('\n').filter(Boolean)).toHaveLength(report.findings.length);
  });
});

