import type { CatalogRow } from '../catalog/catalog';
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
  check(rows, context) {
    // Identical rows share every cell, so rows are first grouped by one cell (the part number when
    // mapped: nearly unique) and only rows in the same group are compared cell by cell. Building a
    // full-row key for every line would cost more than all the other rules.
    const { mapping } = context.catalog;
    // Line numbers differ on every line by design: two lines the same in all else are duplicates.
    const lineNumbers = new Set(mapping.lineNumberColumns.map((c) => c.column));
    let keyColumn = Math.max(mapping.columnOf.sku, 0);
    while (lineNumbers.has(keyColumn)) keyColumn++;
    const sameCells = (a: readonly string[], b: readonly string[]) => sameLine(a, b, lineNumbers);
    const candidates = new Map<string, CatalogRow | CatalogRow[]>();
    const findings: Finding[] = [];
    for (const row of rows) {
      const { cells } = row;
      const key = (cells[keyColumn] ?? '').trim();
      const earlier = candidates.get(key);
      const first = earlier === undefined ? undefined : Array.isArray(earlier) ? earlier.find((other) => sameCells(other.cells, cells)) : sameCells(earlier.cells, cells) ? earlier : undefined;
      // Blank rows repeat by nature and are not lines.
      if (first && !cells.every((cell, column) => lineNumbers.has(column) || cell.trim() === '')) {
        findings.push({
          ruleId: this.id,
          severity: this.severity,
          row: row.row,
          field: null,
          column: null,
          value: null,
          message: `This line repeats row ${first.row} exactly.`,
          fix: `Delete this line, or merge it with row ${first.row}.`,
        });
      } else if (earlier === undefined) {
        candidates.set(key, row);
      } else if (Array.isArray(earlier)) {
        earlier.push(row);
      } else {
        candidates.set(key, [earlier, row]);
      }
    }
    return findings;
  },
};

function sameLine(a: readonly string[], b: readonly string[], ignored: ReadonlySet<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!ignored.has(i) && a[i]!.trim() !== b[i]!.trim()) return false;
  return true;
}
