import type { Finding, Severity } from '../model/finding';
import { ruleById } from '../rules/registry';
import { plural } from './wording';

/** How many findings of one rule, with the rule's title (what a filer reads; the id is for exports). */
export interface RuleCount {
  ruleId: string;
  title: string;
  count: number;
}

/** One severity of a scan, as the popup says it: the lines concerned and what is wrong with them. */
export interface SeverityVerdict {
  /** Distinct catalog lines with at least one finding of this severity (table-level findings not counted). */
  lines: number;
  /** Findings about the whole table (a missing column): no line to point at. */
  tableFindings: number;
  /** Most frequent rule first. */
  rules: RuleCount[];
}

export interface ScanVerdict {
  error: SeverityVerdict;
  warning: SeverityVerdict;
  info: SeverityVerdict;
}

function severityVerdict(findings: readonly Finding[], severity: Severity): SeverityVerdict {
  const lines = new Set<number>();
  const counts = new Map<string, number>();
  let tableFindings = 0;
  for (const finding of findings) {
    if (finding.severity !== severity) continue;
    if (finding.row === null) tableFindings++;
    else lines.add(finding.row);
    counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  }
  const rules = [...counts]
    .map(([ruleId, count]) => ({ ruleId, title: ruleById(ruleId)?.title ?? ruleId, count }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
  return { lines: lines.size, tableFindings, rules };
}

/** The verdict of a scan, per severity: errors (must fix before filing), warnings (review), notes. */
export function scanVerdict(findings: readonly Finding[]): ScanVerdict {
  return { error: severityVerdict(findings, 'error'), warning: severityVerdict(findings, 'warning'), info: severityVerdict(findings, 'info') };
}

/** "Tariff code is not in the schedule (2), Country of origin … (1)": the first `most` rules, then "and N more". */
export function ruleCountList(rules: readonly RuleCount[], most = 4): string {
  const shown = rules.slice(0, most).map((rule) => `${rule.title} (${rule.count.toLocaleString('en')})`);
  const more = rules.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${plural(more, 'more problem', 'more problems')}` : shown.join(', ');
}

/** Where the problems are, in words: "12 lines" and/or "the table itself". */
function where(verdict: SeverityVerdict): string {
  const lines = verdict.lines > 0 ? plural(verdict.lines, 'line', 'lines') : '';
  const table = verdict.tableFindings > 0 ? 'the table itself' : '';
  return [lines, table].filter(Boolean).join(' and ');
}

/**
 * The headline of a scan in plain words, worst first: "12 lines need fixing before filing", or
 * "Nothing blocks filing: 3 lines to review", or "No problems found" (never when no line was
 * checked: `rowsChecked` 0; of the lines read only, when the read was `partial`: not every line of
 * the table could be read). The details come in `errorSentence` / `warningSentence` / `noteSentence`.
 */
export function verdictHeadline(verdict: ScanVerdict, rowsChecked?: number, partial = false): string {
  // A table without a line of goods (a header table, an empty grid) proves nothing: "no problems" would be a false all-clear.
  if (rowsChecked === 0) return 'No lines of goods were read from this table, so nothing was checked: choose another table on the page, or check a file.';
  const { error, warning } = verdict;
  if (error.rules.length > 0) {
    const subject = where(error);
    const singular = error.lines + error.tableFindings === 1;
    return `${subject[0]!.toUpperCase()}${subject.slice(1)} ${singular ? 'needs' : 'need'} fixing before filing.`;
  }
  if (warning.rules.length > 0) return `Nothing blocks filing; ${where(warning)} to review.`;
  // An all-clear of some lines is no all-clear of the table: the reading notice says what was not read.
  if (partial) return 'No problems found in the lines read; the lines not read were not checked.';
  return 'No problems found: nothing to fix before filing.';
}

/** "Errors on 12 lines: Tariff code is not in the schedule (2), …" or null when there are none. */
export function errorSentence(verdict: ScanVerdict): string | null {
  return verdict.error.rules.length === 0 ? null : `To fix: ${ruleCountList(verdict.error.rules)}.`;
}

export function warningSentence(verdict: ScanVerdict): string | null {
  const { warning } = verdict;
  return warning.rules.length === 0 ? null : `To review on ${where(warning)}: ${ruleCountList(warning.rules)}.`;
}

/** Notes are folded into one line: they inform (another agency, possible duties) and never block filing. */
export function noteSentence(verdict: ScanVerdict): string | null {
  const { info } = verdict;
  const total = info.rules.reduce((sum, rule) => sum + rule.count, 0);
  return total === 0 ? null : `${plural(total, 'note', 'notes')} for information: ${ruleCountList(info.rules, 2)}.`;
}
