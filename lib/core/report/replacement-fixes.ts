import type { ColumnMapping } from '../mapping/column-mapping';
import { FIELD_IDS } from '../model/fields';
import type { Finding } from '../model/finding';
import { z } from 'zod';

/**
 * A finding's `fix` is either the corrected cell text ("CN" for "China") or advice for the filer
 * ("Say what the goods are…"). Only the first kind can be written into a catalog. A fix is taken
 * as a replacement only when its rule is listed here and the fix has the shape of that rule's
 * value, so advice can never land in a cell, even when a rule gives both kinds (quantity-invalid
 * suggests "120" for a fractional count of pieces, but advice for an unreadable one).
 * A rule not listed gives advice only; listing a new rule here is a deliberate act.
 */
const REPLACEMENT_SHAPES: Readonly<Record<string, RegExp>> = {
  'hts-format': /^\d{4}(?:[.\s]?\d{2}){1,3}$/,
  'hts-unknown': /^\d{4}(?:[.\s]?\d{2}){1,3}$/,
  'origin-invalid': /^[A-Z]{2}$/,
  'currency-invalid': /^[A-Z]{3}$/,
  'incoterm-invalid': /^[A-Z]{3}$/,
  'mid-format': /^[A-Z0-9]{3,15}$/,
  'unit-mismatch': /^[A-Z0-9]{1,6}$/,
  'quantity-invalid': /^\d+$/,
  'value-mismatch': /^\d+(?:\.\d+)?$/,
};

/** One fix the filer accepted: which cell, what it held when checked, and what it becomes. */
export const acceptedFixSchema = z.object({
  /** 1-based data row, as in findings. */
  row: z.number().int().positive(),
  /** 0-based column of the table, and its header for the change log. */
  columnIndex: z.number().int().nonnegative(),
  column: z.string(),
  field: z.enum(FIELD_IDS),
  ruleId: z.string().min(1),
  /** The cell text when it was checked: a fix is applied only to a cell that still holds it. */
  old: z.string(),
  new: z.string(),
});
export type AcceptedFix = z.infer<typeof acceptedFixSchema>;

/** The corrected cell text a finding proposes, or null when its fix is advice (or there is none). */
export function replacementValue(finding: Finding): string | null {
  const shape = REPLACEMENT_SHAPES[finding.ruleId];
  if (!shape || finding.fix === undefined || finding.row === null || finding.field === null) return null;
  return shape.test(finding.fix) && finding.fix !== finding.value ? finding.fix : null;
}

/** The fix of a finding as one accepted cell change, placed by the check's column mapping; null when it has none. */
export function acceptedFixOf(finding: Finding, mapping: Pick<ColumnMapping, 'columnOf'>): AcceptedFix | null {
  const value = replacementValue(finding);
  if (value === null || finding.row === null || finding.field === null) return null;
  const columnIndex = mapping.columnOf[finding.field];
  if (columnIndex === undefined || columnIndex < 0) return null;
  return {
    row: finding.row,
    columnIndex,
    column: finding.column ?? '',
    field: finding.field,
    ruleId: finding.ruleId,
    old: finding.value ?? '',
    new: value,
  };
}

/** Every fix of the findings (optionally of some rules only) as accepted changes, one per cell (the first wins). */
export function acceptAllFixes(findings: readonly Finding[], mapping: Pick<ColumnMapping, 'columnOf'>, ruleIds?: readonly string[]): AcceptedFix[] {
  const byCell = new Map<string, AcceptedFix>();
  for (const finding of findings) {
    if (ruleIds && !ruleIds.includes(finding.ruleId)) continue;
    const fix = acceptedFixOf(finding, mapping);
    const cell = fix && `${fix.row}:${fix.columnIndex}`;
    if (fix && cell && !byCell.has(cell)) byCell.set(cell, fix);
  }
  return [...byCell.values()];
}
