import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/core/model/finding';
import { ISSUES_CSV_COLUMNS, issuesCsv, issuesCsvPieces, neutralizeFormula } from '../../../../lib/core/report/issues-csv';

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'origin-invalid',
  severity: 'error',
  row: 3,
  field: 'origin',
  column: 'COO',
  value: 'UK',
  message: '"UK" is not an ISO 3166-1 code; it is written GB.',
  fix: 'GB',
  ...overrides,
});

const parse = (csv: string) => Papa.parse<string[]>(csv.trimEnd()).data;

describe('the issues CSV', () => {
  it('has the documented columns, one line per finding', () => {
    const rows = parse(issuesCsv([finding({}), finding({ ruleId: 'column-missing', row: null, field: 'hts', column: null, value: null, fix: undefined })]));
    expect(rows[0]).toEqual([...ISSUES_CSV_COLUMNS]);
    expect(rows[0]).toEqual(['row', 'severity', 'rule', 'field', 'column', 'value', 'message', 'fix']);
    expect(rows[1]).toEqual(['3', 'error', 'origin-invalid', 'origin', 'COO', 'UK', '"UK" is not an ISO 3166-1 code; it is written GB.', 'GB']);
    expect(rows[2]).toEqual(['', 'error', 'column-missing', 'hts', '', '', '"UK" is not an ISO 3166-1 code; it is written GB.', '']);
  });

  it('keeps commas, quotes and line breaks of catalog text inside their cell', () => {
    const rows = parse(issuesCsv([finding({ value: 'Bolts, "M6"\nzinc' })]));
    expect(rows[1]![5]).toBe('Bolts, "M6"\nzinc');
  });

  it.each(['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralises the cell %j so a spreadsheet shows it as text',
    (value) => {
      const rows = parse(issuesCsv([finding({ value, column: value, fix: value })]));
      expect(rows[1]![4]).toBe(`'${value}`);
      expect(rows[1]![5]).toBe(`'${value}`);
      expect(rows[1]![7]).toBe(`'${value}`);
    },
  );

  it('leaves ordinary text as it is', () => {
    expect(neutralizeFormula('Laptop computers')).toBe('Laptop computers');
    expect(neutralizeFormula('8471.30.0100')).toBe('8471.30.0100');
    expect(neutralizeFormula('')).toBe('');
  });
});

describe('the issues CSV written a piece at a time', () => {
  const findings = Array.from({ length: 25 }, (_, i) => finding({ row: i + 1, value: i % 4 ? `=cell ${i}` : 'Bolts, "M6"\nzinc', fix: i % 2 ? undefined : 'GB' }));

  it('joins to the file papaparse writes for all findings at once', () => {
    const rows = findings.map((f) => [f.row ?? '', f.severity, f.ruleId, f.field ?? '', f.column ?? '', f.value ?? '', f.message, f.fix ?? ''].map((c) => neutralizeFormula(String(c))));
    const whole = `${Papa.unparse({ fields: [...ISSUES_CSV_COLUMNS], data: rows }, { newline: '\n' })}\n`;
    for (const perPiece of [1, 4, 1_000]) expect([...issuesCsvPieces(findings, perPiece)].join('')).toBe(whole);
    expect(issuesCsv(findings)).toBe(whole);
  });

  it('is the header line alone when there are no findings', () => {
    expect(issuesCsv([])).toBe('row,severity,rule,field,column,value,message,fix\n');
  });
});

