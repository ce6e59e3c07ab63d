import type { Finding, Severity } from '../model/finding';

export interface FindingSummary {
  error: number;
  warning: number;
  info: number;
  /** Findings per rule id, most frequent first. */
  byRule: Record<string, number>;
}

export function summarize(findings: readonly Finding[]): FindingSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  for (const finding of findings) {
    counts[finding.severity]++;
    byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
  }
  const sorted = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { ...counts, byRule: Object.fromEntries(sorted) };
}
