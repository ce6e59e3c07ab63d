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

export function issuesCsv(findings: readonly Finding[]): string {
  const rows = findings.map((f) =>
    [f.row ?? '', f.severity, f.ruleId, f.field ?? '', f.column ?? '', f.value ?? '', f.message, f.fix ?? ''].map((cell) =>
      neutralizeFormula(String(cell)),
    ),
  );
  return `${Papa.unparse({ fields: [...ISSUES_CSV_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}
