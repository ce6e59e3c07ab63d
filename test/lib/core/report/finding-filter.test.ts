import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/core/model/finding';
import { filterFindings, sortFindings } from '../../../../lib/core/report/finding-filter';

const finding = (row: number, severity: Finding['severity'], ruleId: string, column: string, value: string, message: string): Finding => ({
  ruleId,
  severity,
  row,
  field: null,
  column,
  value,
  message,
});

const findings = [
  finding(1, 'info', 'pga-flag', 'HTS', '0901210020', 'FDA'),
  finding(2, 'error', 'origin-invalid', 'COO', 'Germny', '"Germny" is not an ISO code'),
  finding(3, 'warning', 'mid-mismatch', 'MID', 'DERHIVAL2201MAI', 'does not match'),
  finding(3, 'error', 'hts-format', 'HTS', '44123152', 'has 8 digits'),
];

describe('filterFindings', () => {
  it('keeps only the chosen severities', () => {
    expect(filterFindings(findings, { severities: ['error'] }).map((f) => f.ruleId)).toEqual(['origin-invalid', 'hts-format']);
  });
  it('filters by rule and by column', () => {
    expect(filterFindings(findings, { ruleId: 'mid-mismatch' })).toHaveLength(1);
    expect(filterFindings(findings, { column: 'HTS' }).map((f) => f.row)).toEqual([1, 3]);
  });
  it('searches text in values and messages, case-insensitively', () => {
    expect(filterFindings(findings, { text: 'germny' }).map((f) => f.row)).toEqual([2]);
    expect(filterFindings(findings, { text: 'FDA' }).map((f) => f.row)).toEqual([1]);
    expect(filterFindings(findings, { text: '  ' })).toHaveLength(4);
  });
});

describe('sortFindings', () => {
  it('sorts by severity, errors first, keeping row order among equals', () => {
    expect(sortFindings(findings, 'severity').map((f) => `${f.severity}${f.row}`)).toEqual(['error2', 'error3', 'warning3', 'info1']);
  });
  it('sorts descending by row', () => {
    expect(sortFindings(findings, 'row', true).map((f) => f.row)).toEqual([3, 3, 2, 1]);
  });
  it('does not change the input', () => {
    const before = findings.map((f) => f.row);
    sortFindings(findings, 'column');
    expect(findings.map((f) => f.row)).toEqual(before);
  });
});
