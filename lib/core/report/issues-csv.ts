import Papa from 'papaparse';
import type { Finding } from '../model/finding';
import { csvCellText } from './safe-text';

export { neutralizeFormula } from './safe-text';

export const ISSUES_CSV_COLUMNS = ['row', 'severity', 'rule', 'field', 'column', 'value', 'message', 'fix'] as const;

/** Catalog text is not trusted: every cell goes through csvCellText (hidden characters shown, formulas neutralised). */
export function issuesCsv(findings: readonly Finding[]): string {
  const rows = findings.map((f) =>
    [f.row ?? '', f.severity, f.ruleId, f.field ?? '', f.column ?? '', f.value ?? '', f.message, f.fix ?? ''].map((cell) =>
      csvCellText(String(cell)),
    ),
  );
  return `${Papa.unparse({ fields: [...ISSUES_CSV_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}
