import Papa from 'papaparse';
import type { CatalogChange } from './apply-fixes';
import { neutralizeFormula } from './issues-csv';

export const CHANGE_LOG_COLUMNS = ['row', 'column', 'old', 'new', 'rule'] as const;

/** The change log beside a fixed catalog: one line per changed cell, for the filer's records. */
export function changeLogCsv(changes: readonly CatalogChange[]): string {
  const rows = changes.map((change) => [String(change.row), change.column, change.old, change.new, change.ruleId].map(neutralizeFormula));
  return `${Papa.unparse({ fields: [...CHANGE_LOG_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}
