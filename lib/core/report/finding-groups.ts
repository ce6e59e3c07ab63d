import { type Finding, type Severity, SEVERITIES } from '../model/finding';
import { ruleById } from '../rules/registry';

/** The findings of one rule at one severity: a group of the results page, opened to list them. */
export interface RuleGroup {
  severity: Severity;
  ruleId: string;
  title: string;
  findings: Finding[];
}

/**
 * Findings grouped the way a filer works through them (as axe groups issues): errors first, then
 * warnings, then notes; within a severity the rule with most findings first. Findings keep their
 * order inside a group.
 */
export function groupFindings(findings: readonly Finding[]): RuleGroup[] {
  const groups = new Map<string, RuleGroup>();
  for (const finding of findings) {
    const key = `${finding.severity}\u0000${finding.ruleId}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { severity: finding.severity, ruleId: finding.ruleId, title: ruleById(finding.ruleId)?.title ?? finding.ruleId, findings: [] }));
    group.findings.push(finding);
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || b.findings.length - a.findings.length || a.title.localeCompare(b.title),
  );
}

/** Errors and warnings (the problems a filer acts on) per key, most first; notes are left out. */
export function problemCounts(findings: readonly Finding[], keyOf: (finding: Finding) => string | null): { key: string; error: number; warning: number }[] {
  const counts = new Map<string, { key: string; error: number; warning: number }>();
  for (const finding of findings) {
    if (finding.severity === 'info') continue;
    const key = keyOf(finding);
    if (key === null) continue;
    let count = counts.get(key);
    if (!count) counts.set(key, (count = { key, error: 0, warning: 0 }));
    count[finding.severity]++;
  }
  return [...counts.values()].sort((a, b) => b.error + b.warning - (a.error + a.warning) || a.key.localeCompare(b.key));
}
