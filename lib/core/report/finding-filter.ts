import type { Finding, Severity } from '../model/finding';

/** What the results page narrows the issue list to; every part is optional. */
export interface FindingFilter {
  severities?: readonly Severity[];
  ruleId?: string;
  /** Column header, as shown. */
  column?: string;
  /** Case-insensitive text searched in the value, message, fix, rule and column. */
  text?: string;
}

export type FindingSortKey = 'row' | 'severity' | 'ruleId' | 'column';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const text = filter.text?.trim().toLowerCase() ?? '';
  return findings.filter(
    (f) =>
      (!filter.severities || filter.severities.includes(f.severity)) &&
      (!filter.ruleId || f.ruleId === filter.ruleId) &&
      (!filter.column || f.column === filter.column) &&
      (text === '' ||
        [f.value, f.message, f.fix, f.ruleId, f.column].some((part) => part?.toLowerCase().includes(text))),
  );
}

/** Sorted copy; ties keep source order (row, then rule order), so the list never jumps. */
export function sortFindings(findings: readonly Finding[], key: FindingSortKey, descending = false): Finding[] {
  const compare = (a: Finding, b: Finding): number => {
    switch (key) {
      case 'row':
        return (a.row ?? 0) - (b.row ?? 0);
      case 'severity':
        return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
      case 'ruleId':
        return a.ruleId.localeCompare(b.ruleId);
      case 'column':
        return (a.column ?? '').localeCompare(b.column ?? '');
    }
  };
  const indexed = findings.map((finding, index) => ({ finding, index }));
  indexed.sort((a, b) => (descending ? -1 : 1) * compare(a.finding, b.finding) || a.index - b.index);
  return indexed.map((entry) => entry.finding);
}
