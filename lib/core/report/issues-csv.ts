import Papa from 'papaparse';
import type { Finding } from '../model/finding';
import type { FindingSeries } from '../model/finding-list';
import { csvCellText } from './safe-text';
import { FINDINGS_PER_PIECE } from './report-pieces';

export { neutralizeFormula } from './safe-text';

export const ISSUES_CSV_COLUMNS = ['row', 'severity', 'rule', 'field', 'column', 'value', 'message', 'fix'] as const;


/**
 * The CSV export a piece at a time (header line first), so a large report is never one string.
 * Catalog text is not trusted: every cell goes through csvCellText (hidden characters shown, formulas neutralised).
 */
export function* issuesCsvPieces(findings: FindingSeries, findingsPerPiece = FINDINGS_PER_PIECE): Generator<string> {
  yield `${Papa.unparse([[...ISSUES_CSV_COLUMNS]], { newline: '\n' })}\n`;
  for (let start = 0; start < findings.length; start += findingsPerPiece) {
    const rows = findings.slice(start, start + findingsPerPiece).map((f) =>
      [f.row ?? '', f.severity, f.ruleId, f.field ?? '', f.column ?? '', f.value ?? '', f.message, f.fix ?? ''].map((cell) => csvCellText(String(cell))),
    );
    yield `${Papa.unparse(rows, { newline: '\n' })}\n`;
  }
}

export function issuesCsv(findings: readonly Finding[]): string {
  return [...issuesCsvPieces(findings)].join('');
}
