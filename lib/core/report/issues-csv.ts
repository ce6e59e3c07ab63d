import Papa from 'papaparse';
import type { Finding } from '../model/finding';

export const ISSUES_CSV_COLUMNS = ['row', 'severity', 'rule', 'field', 'column', 'value', 'message', 'fix'] as const;

/**
 * Spreadsheet programs run cells starting with = + - @ as formulas; catalog text is not trusted,
 * so such cells get a leading apostrophe (OWASP "CSV injection").
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const FINDINGS_PER_PIECE = 2_000;

/** The CSV export a piece at a time (header line first), so a large report is never one string. */
export function* issuesCsvPieces(findings: readonly Finding[], findingsPerPiece = FINDINGS_PER_PIECE): Generator<string> {
  yield `${Papa.unparse([[...ISSUES_CSV_COLUMNS]], { newline: '\n' })}\n`;
  for (let start = 0; start < findings.length; start += findingsPerPiece) {
    const rows = findings.slice(start, start + findingsPerPiece).map((f) =>
      [f.row ?? '', f.severity, f.ruleId, f.field ?? '', f.column ?? '', f.value ?? '', f.message, f.fix ?? ''].map((cell) =>
        neutralizeFormula(String(cell)),
      ),
    );
    yield `${Papa.unparse(rows, { newline: '\n' })}\n`;
  }
}

export function issuesCsv(findings: readonly Finding[]): string {
  return [...issuesCsvPieces(findings)].join('');
}
