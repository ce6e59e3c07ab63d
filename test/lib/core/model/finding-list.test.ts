import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/core/model/finding';
import { eachFinding, FindingList } from '../../../../lib/core/model/finding-list';
import { summarize } from '../../../../lib/core/report/summary';

/** Findings of every shape a check makes: about the table, a row, a cell, with and without a fix. */
const FINDINGS: Finding[] = [
  { ruleId: 'column-missing', severity: 'error', row: null, field: 'hts', column: null, value: null, message: 'No column for tariff codes.', fix: 'Add the column.' },
  { ruleId: 'hts-format', severity: 'error', row: 1, field: 'hts', column: 'HTS Code', value: ' 7318.15 ', message: 'Too short.' },
  { ruleId: 'hts-format', severity: 'warning', row: 1, field: 'hts', column: 'HTS Code', value: '7318.15', message: 'Dots.', fix: '7318150000' },
  { ruleId: 'row-duplicate', severity: 'warning', row: 2, field: null, column: null, value: null, message: 'This line repeats row 1 exactly.', fix: 'Delete this line.' },
  { ruleId: 'hts-format', severity: 'error', row: 3, field: 'hts', column: 'Tariff No.', value: '', message: 'Empty.' },
  { ruleId: 'origin-not-country', severity: 'warning', row: 3, field: 'origin', column: 'COO', value: 'Various', message: 'Not a country.', fix: '' },
];

describe('findings kept as columns', () => {
  it('gives back each finding pushed, equal and with its fields in the same order', () => {
    const list = new FindingList();
    for (const finding of FINDINGS) list.push(finding);
    expect(list.length).toBe(FINDINGS.length);
    expect(list.slice(0, list.length)).toEqual(FINDINGS);
    // Same JSON, byte for byte: a report written from the list is the report written from the objects.
    expect(JSON.stringify(list.slice(0, list.length))).toBe(JSON.stringify(FINDINGS));
    expect(list.slice(2, 4)).toEqual(FINDINGS.slice(2, 4));
    expect(list.slice(5, 100)).toEqual(FINDINGS.slice(5));
    expect('fix' in list.at(1)).toBe(false);
  });

  it('holds more findings than it first has room for, and reads through them in slices', () => {
    const list = new FindingList();
    const many = Array.from({ length: 5000 }, (_, i) => FINDINGS[i % FINDINGS.length]!).map((finding, i) => ({ ...finding, row: finding.row === null ? null : i + 1 }));
    for (const finding of many) list.push(finding);
    expect([...eachFinding(list)]).toEqual(many);
    expect(summarize(list)).toEqual(summarize(many));
  });
});
