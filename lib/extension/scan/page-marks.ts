import { MAX_MARK_TEXT, type PageMark } from '../messaging/messages';
import type { ValidationReport } from '../../core/validate';

/**
 * A message quotes the cell it is about, and a cell can hold up to MAX_CELL_LENGTH characters:
 * cut to what a mark carries, so one long cell cannot make the whole show-marks request invalid
 * (and the page unmarked). Never in the middle of a surrogate pair.
 */
function clipText(text: string): string {
  if (text.length <= MAX_MARK_TEXT) return text;
  let end = MAX_MARK_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
  return `${text.slice(0, end)}…`;
}

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
      message: clipText(finding.message),
    };
    if (finding.fix !== undefined) mark.fix = clipText(finding.fix);
    marks.push(mark);
  }
  return marks;
}
