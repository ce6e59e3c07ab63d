import type { RawTable } from '../../lib/core/read/raw-table';
import { builtInSection301 } from '../../lib/core/reference/us-section301';
import type { ValidationReport } from '../../lib/core/validate';

/**
 * Rules added after the shared fixtures were labelled: their findings are not in the labels, so
 * precision is scored without them, and each finding is checked against its own definition instead.
 */
export const NEWER_THAN_LABELS: readonly string[] = ['duty-301'];

/** duty-301 findings that do not hold: origin not CN, subheading not on the list, or a 9903 number in the row. */
export function section301FindingsAreRight(report: ValidationReport, table: RawTable): string[] {
  const { columnOf } = report.mapping;
  const rates = builtInSection301().rates;
  const wrong: string[] = [];
  for (const finding of report.findings.filter((f) => f.ruleId === 'duty-301')) {
    const cells = table.rows[finding.row! - 1]!;
    const origin = cells[columnOf.origin]!.trim().toUpperCase();
    const digits = cells[columnOf.hts]!.replace(/\D/g, '');
    if (origin !== 'CN' && origin !== 'CHINA') wrong.push(`row ${finding.row}: origin ${origin}`);
    if (!rates.has(digits.slice(0, 8))) wrong.push(`row ${finding.row}: ${digits} not listed`);
    if (cells.some((cell) => cell.includes('9903'))) wrong.push(`row ${finding.row}: carries a 9903 number`);
  }
  return wrong;
}
