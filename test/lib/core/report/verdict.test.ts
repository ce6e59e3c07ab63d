import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/core/model/finding';
import { errorSentence, noteSentence, scanVerdict, verdictHeadline, warningSentence } from '../../../../lib/core/report/verdict';
import { asSentence, plural } from '../../../../lib/core/report/wording';

const finding = (ruleId: string, severity: Finding['severity'], row: number | null): Finding => ({
  ruleId,
  severity,
  row,
  field: null,
  column: null,
  value: null,
  message: 'm',
});

describe('the verdict of a scan in plain words', () => {
  const findings = [
    finding('hts-unknown', 'error', 3),
    finding('hts-unknown', 'error', 7),
    finding('origin-invalid', 'error', 7),
    finding('row-duplicate', 'warning', 9),
    ...Array.from({ length: 30 }, (_, i) => finding('pga-flag', 'info', i + 1)),
    finding('adcvd-possible', 'info', 2),
  ];
  const verdict = scanVerdict(findings);

  it('counts distinct lines with errors, and names rules by their titles, most frequent first', () => {
    expect(verdict.error.lines).toBe(2);
    expect(verdictHeadline(verdict)).toBe('2 lines need fixing before filing.');
    expect(errorSentence(verdict)).toBe('To fix: Tariff code is not in the schedule (2), Country of origin is not an ISO 3166-1 code (1).');
    expect(warningSentence(verdict)).toBe('To review on 1 line: The same line appears twice (1).');
  });

  it('folds notes into one line', () => {
    expect(noteSentence(verdict)).toBe(
      '31 notes for information: Another agency usually needs data for this code (30), Antidumping or countervailing duty may apply (1).',
    );
  });

  it('says one line in the singular, a table-level error as the table, and no problems plainly', () => {
    expect(verdictHeadline(scanVerdict([finding('hts-format', 'error', 4)]))).toBe('1 line needs fixing before filing.');
    expect(verdictHeadline(scanVerdict([finding('column-missing', 'error', null)]))).toBe('The table itself needs fixing before filing.');
    expect(verdictHeadline(scanVerdict([finding('row-duplicate', 'warning', 4)]))).toBe('Nothing blocks filing; 1 line to review.');
    expect(verdictHeadline(scanVerdict([finding('pga-flag', 'info', 4)]))).toBe('No problems found: nothing to fix before filing.');
    // No line read: never an all-clear.
    expect(verdictHeadline(scanVerdict([]), 0)).toMatch(/^No lines of goods were read from this table, so nothing was checked/);
    expect(verdictHeadline(scanVerdict([finding('column-missing', 'error', null)]), 0)).toMatch(/^No lines of goods were read/);
    expect(verdictHeadline(scanVerdict([]), 12)).toBe('No problems found: nothing to fix before filing.');
    // Of the lines read only, when not every line could be read: no all-clear for the table.
    expect(verdictHeadline(scanVerdict([finding('pga-flag', 'info', 4)]), 25, true)).toBe('No problems found in the lines read; the lines not read were not checked.');
    expect(verdictHeadline(scanVerdict([finding('hts-format', 'error', 4)]), 25, true)).toBe('1 line needs fixing before filing.');
    expect(errorSentence(scanVerdict([]))).toBeNull();
  });

  it('lists at most four rules and says how many more', () => {
    const many = ['hts-format', 'hts-unknown', 'origin-invalid', 'value-invalid', 'mid-format', 'eori-format'].map((id, i) => finding(id, 'error', i + 1));
    expect(errorSentence(scanVerdict(many))).toMatch(/ and 2 more problems\.$/);
  });

  it('agrees nouns with counts', () => {
    expect(plural(1, 'row', 'rows')).toBe('1 row');
    expect(plural(1234, 'row', 'rows')).toBe('1,234 rows');
  });

  it('ends a reason with one full stop', () => {
    expect(asSentence('the HTS column is missing.')).toBe('the HTS column is missing.');
    expect(asSentence('the HTS column is missing . ')).toBe('the HTS column is missing.');
    expect(asSentence('no schedule')).toBe('no schedule.');
  });
});
