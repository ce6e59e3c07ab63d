import Papa from 'papaparse';
import { neutralizeFormula } from '../../../core/report/issues-csv';

/** Rows of plain values as CSV; cells a spreadsheet would run as formulas are neutralized like every export of the product. */
export function tableCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const text = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (value instanceof Date) return value.toISOString();
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const cell = (value: unknown) => neutralizeFormula(text(value));
  return `${Papa.unparse({ fields: [...columns], data: rows.map((row) => columns.map((column) => cell(row[column]))) }, { newline: '\n' })}\n`;
}
