import type { Finding } from '../model/finding';
import type { FindingSeries } from '../model/finding-list';
import { explainMapping } from '../mapping/column-mapping';
import type { ValidationReport } from '../validate';
import { scheduleNotice } from './schedule-notice';
import { revealHidden } from './safe-text';
import { summaryRowsNotice } from './summary-rows-notice';
import { summarize } from './summary';
import { plural } from './wording';
import { FINDINGS_PER_PIECE } from './report-pieces';

/**
 * The readable report the command line prints: counts first, then every finding. Catalog text
 * reaches a terminal, where an escape character could rewrite the screen and a bidi control
 * reorder it, so the whole report passes through revealHidden.
 */
export function textReport(report: ValidationReport): string {
  return [...textReportPieces(report)].join('');
}


/** The same report a piece at a time: the head, then the finding lines a few thousand at a time. */
export function* textReportPieces(report: ValidationReport<FindingSeries>): Generator<string> {
  const summary = summarize(report.findings);
  const lines: string[] = [];
  const notice = scheduleNotice(report);
  lines.push(`Customs Preflight — ${report.source}`);
  lines.push(
    `${report.rowCount} rows · jurisdiction ${report.jurisdiction} · check date ${report.checkDate} · ` +
      (report.schedule ? `schedule ${report.schedule.name} (${report.schedule.lines} lines)` : 'no tariff schedule loaded'),
  );
  lines.push(notice.used);
  if (notice.stale) lines.push(`Warning: ${notice.stale}`);
  const totals = summaryRowsNotice(report.summaryRows);
  if (totals) lines.push(totals);
  lines.push('');
  lines.push(`${plural(summary.error, 'error', 'errors')}, ${plural(summary.warning, 'warning', 'warnings')}, ${plural(summary.info, 'note', 'notes')}`);
  for (const [ruleId, count] of Object.entries(summary.byRule)) lines.push(`  ${String(count).padStart(6)}  ${ruleId}`);
  lines.push('');
  lines.push('Columns:');
  for (const line of explainMapping(report.mapping)) lines.push(`  ${line}`);
  if (report.mapping.unmappedHeaders.length > 0) {
    lines.push(`  not used: ${report.mapping.unmappedHeaders.map((h) => `"${h}"`).join(', ')}`);
  }
  if (report.rulesSkipped.length > 0) {
    lines.push('');
    lines.push('Rules not run:');
    for (const skipped of report.rulesSkipped) lines.push(`  ${skipped.ruleId}: ${skipped.reason}`);
  }
  lines.push('');
  lines.push('Findings:');
  yield `${revealHidden(lines.join('\n'))}\n`;
  const { findings } = report;
  for (let start = 0; start < findings.length; start += FINDINGS_PER_PIECE) {
    yield `${revealHidden(findings.slice(start, start + FINDINGS_PER_PIECE).map(findingLine).join('\n'))}\n`;
  }
}

function findingLine(f: Finding): string {
  const where = f.row === null ? 'table' : `row ${f.row}`;
  const column = f.column ? ` [${f.column}]` : '';
  const fix = f.fix ? `  → ${f.fix}` : '';
  return `  ${where.padEnd(9)} ${f.severity.padEnd(7)} ${f.ruleId}${column}: ${f.message}${fix}`;
}
