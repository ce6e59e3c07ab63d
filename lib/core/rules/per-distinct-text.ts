import type { CatalogRow } from '../catalog/catalog';
import { columnValues, UNNUMBERED } from '../catalog/column-values';
import type { FieldId } from '../model/fields';
import type { RuleContext } from './rule';

/**
 * `compute(text)` of a row's cell, once per distinct text of the column: codes, origins and units
 * repeat on thousands of lines, so rules judge each value once per check. null and false results
 * are kept too; a text too long to be numbered is computed each time.
 */
export function perDistinctText<T>(row: CatalogRow, context: Pick<RuleContext, 'catalog' | 'memo'>, field: FieldId, namespace: string, compute: (text: string) => T): T {
  const values = columnValues(context.catalog, field);
  const id = values.ids[row.row - 1]!;
  if (id === UNNUMBERED) return compute(row.text(field));
  const known = context.memo.list<{ value: T }>(namespace, values.texts.length);
  return (known[id] ??= { value: compute(values.texts[id]!) }).value;
}
