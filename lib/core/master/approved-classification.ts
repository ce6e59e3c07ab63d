import type { CatalogRow } from '../catalog/catalog';
import { columnValues, PART_KEY } from '../catalog/column-values';
import type { RuleContext } from '../rules/rule';
import type { MasterLine } from './read-master-table';

/** Null: the row has no part number; undefined: the part is not in the master. */
export type ApprovedClassification = MasterLine | null | undefined;

const NOT_IN_MASTER = 0;

/**
 * The master's line for a row's part number. The catalog's part numbers are numbered once per check
 * (the same numbering hts-inconsistent groups rows by), and each distinct part is looked up once for
 * all three master rules: a 10,000-row catalog against a 10,000-part master costs one hash per part.
 */
export function approvedClassification(row: CatalogRow, context: Pick<RuleContext, 'catalog' | 'memo' | 'master'>): ApprovedClassification {
  const master = context.master;
  if (!master) return undefined;
  const parts = columnValues(context.catalog, 'sku', PART_KEY);
  const part = parts.ids[row.row - 1]!;
  // Number 0 is the empty text.
  if (part === 0) return null;
  const found = context.memo.list<MasterLine | typeof NOT_IN_MASTER>('master-line', parts.texts.length);
  let line = found[part];
  if (line === undefined) found[part] = line = master.classificationOf(parts.texts[part]!) ?? NOT_IN_MASTER;
  return line === NOT_IN_MASTER ? undefined : line;
}

/** "(master.csv: note)" or "(master.csv)": where the approved value comes from, for messages. */
export function masterSource(line: MasterLine, context: Pick<RuleContext, 'master'>): string {
  return `${context.master!.name}${line.note ? `: ${line.note}` : ''}`;
}
