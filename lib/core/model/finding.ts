import type { FieldId } from './fields';

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * One problem found in a catalog. Plain data: it is stored, exported and drawn on the page
 * as it is, so every part a filer needs (where, what, why, how to fix) is in it.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  /** 1-based data row in source order; null for a finding about the whole table. */
  row: number | null;
  /** The catalog field concerned; null when the finding is about a whole row. */
  field: FieldId | null;
  /** The header text of the column, as the source wrote it. */
  column: string | null;
  /** The cell text as read (empty string for an empty cell). */
  value: string | null;
  message: string;
  /** A corrected value or an instruction, where one can be given. */
  fix?: string;
}
