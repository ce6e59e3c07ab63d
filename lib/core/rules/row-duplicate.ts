import { columnValuesAt, numberColumnInSteps, PART_KEY } from '../catalog/column-values';
import { inOrder, type Steps } from '../work-steps';
import type { Finding } from '../model/finding';
import { JURISDICTIONS } from '../model/jurisdiction';
import type { TableRule } from './rule';

export const rowDuplicate: TableRule = {
  scope: 'table',
  id: 'row-duplicate',
  title: 'The same line appears twice',
  severity: 'warning',
  fields: [],
  jurisdictions: JURISDICTIONS,
  help:
    'A line repeated cell for cell is usually a copy-paste or export error and would double the quantity and value declared. ' +
    'If the goods really arrived twice, merge the lines or make them distinguishable. Columns that only number the lines ("Line", "Pos.") are not compared.',
  source: { name: 'CBP Form 7501 Instructions (one line per distinct item); Frictionless "duplicate-row"', url: 'https://www.cbp.gov/trade/programs-administration/entry-summary/cbp-form-7501' },
  start(rows, context) {
    // Identical rows share every cell, so rows are first grouped by one cell (the part number when
    // mapped: nearly unique), numbered once per catalog, and only rows in the same group are compared
    // cell by cell. Building a full-row key for every line would cost more than all the other rules.
    // The numbering hts-inconsistent groups parts by (any case): compared cell by cell after, so one serves both.
    const { mapping } = context.catalog;
    // Line numbers differ on every line by design: two lines the same in all else are duplicates.
    const lineNumbers = new Set(mapping.lineNumberColumns.map((c) => c.column));
    let keyColumn = Math.max(mapping.columnOf.sku, 0);
    while (lineNumbers.has(keyColumn)) keyColumn++;
    const sameCells = (a: readonly string[], b: readonly string[]) => sameLine(a, b, lineNumbers);
    const findings: Finding[] = [];
    let ids: Int32Array;
    let firstOfKey: Int32Array | undefined;
    // Further rows of a group, when it has any: rare in a catalog, so kept only then.
    const laterOfKey = new Map<number, number[]>();
    let index = 0;
    const compareRows: Steps = (budget) => {
      if (!firstOfKey) {
        const values = columnValuesAt(context.catalog, keyColumn, PART_KEY);
        ids = values.ids;
        firstOfKey = new Int32Array(values.texts.length).fill(-1);
      }
      const end = Math.min(rows.length, index + budget);
      for (; index < end; index++) {
        const key = ids[index]!;
        const first = firstOfKey[key]!;
        if (first < 0) {
          firstOfKey[key] = index;
          continue;
        }
        const { cells } = rows.at(index);
        const later = laterOfKey.get(key);
        let same = sameCells(rows.at(first).cells, cells) ? first : -1;
        if (same < 0 && later) same = later.find((other) => sameCells(rows.at(other).cells, cells)) ?? -1;
        // Blank rows repeat by nature and are not lines.
        if (same >= 0 && !cells.every((cell, column) => lineNumbers.has(column) || cell.trim() === '')) {
          const earlier = same + 1;
          findings.push({
            ruleId: this.id,
            severity: this.severity,
            row: index + 1,
            field: null,
            column: null,
            value: null,
            message: `This line repeats row ${earlier} exactly.`,
            fix: `Delete this line, or merge it with row ${earlier}.`,
          });
        } else if (later) {
          later.push(index);
        } else {
          laterOfKey.set(key, [index]);
        }
      }
      return index >= rows.length;
    };
    return { findings, advance: inOrder([numberColumnInSteps(context.catalog, keyColumn, PART_KEY), compareRows]) };
  },
};

function sameLine(a: readonly string[], b: readonly string[], ignored: ReadonlySet<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!ignored.has(i) && a[i]!.trim() !== b[i]!.trim()) return false;
  return true;
}
