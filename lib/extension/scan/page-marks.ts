import type { Finding } from '../../core/model/finding';
import { MAX_MARK_TEXT, type MarkFocus, type PageMark } from '../messaging/messages';
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
    const mark: PageMark = {
      row: finding.row,
      column: markColumnOf(report, finding),
      severity: finding.severity,
      ruleId: finding.ruleId,
      message: clipText(finding.message),
    };
    if (finding.fix !== undefined) mark.fix = clipText(finding.fix);
    marks.push(mark);
  }
  return marks;
}

/** The table column a finding's mark sits on (through the scan's mapping), or null for the whole row. */
function markColumnOf(report: Pick<ValidationReport, 'mapping'>, finding: Finding): number | null {
  const column = finding.field ? report.mapping.columnOf[finding.field] : -1;
  return column !== undefined && column >= 0 ? column : null;
}

/** Which mark "Show on page" brings into view for a finding: the same row, column and rule as its mark. */
export function markFocusFor(report: Pick<ValidationReport, 'mapping'>, finding: Finding & { row: number }): MarkFocus {
  return { row: finding.row, column: markColumnOf(report, finding), ruleId: finding.ruleId };
}
