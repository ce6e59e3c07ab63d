import type { PageMark } from '../messaging/messages';
import type { ValidationReport } from '../../core/validate';

/**
 * What the page overlay draws for a report: one mark per finding on a row, placed on the
 * finding's column (found through the mapping the scan used), or on the whole row.
 * Table-level findings (a missing column) have no cell to mark; the panel counts them.
 */
export function pageMarksFor(report: ValidationReport): PageMark[] {
  const marks: PageMark[] = [];
  for (const finding of report.findings) {
    if (finding.row === null) continue;
    const column = finding.field ? report.mapping.columnOf[finding.field] : -1;
    const mark: PageMark = {
      row: finding.row,
      column: column >= 0 ? column : null,
      severity: finding.severity,
      ruleId: finding.ruleId,
      message: finding.message,
    };
    if (finding.fix !== undefined) mark.fix = finding.fix;
    marks.push(mark);
  }
  return marks;
}
