import { recognizedFieldCount } from '../../core/mapping/catalog-likeness';
import type { PageTableSummary } from '../../extension/messaging/messages';
import { discoverTables, type FoundTable } from './discover-tables';
import { type PageTable, readPageTable } from '../layout/page-table';
import { tableLabel } from './table-label';

export interface RankedTable {
  tableId: string;
  table: PageTable;
  /** Columns whose header maps to a catalog field: how catalog-like the table is. */
  recognizedFields: number;
}

interface KnownTable {
  found: FoundTable;
  headers: readonly string[];
}

function sameHeaders(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((header, i) => header === b[i]);
}

/**
 * The tables of one page, each with an id ("t0", "t1"... in discovery order) that stays the
 * same for the life of the content script, so the popup can list tables, the user pick one,
 * and its marks arrive later for the same table.
 */
export class TableRegistry {
  private readonly ids = new WeakMap<Element, string>();
  private readonly known = new Map<string, KnownTable>();
  private nextId = 0;

  constructor(private readonly doc: Document) {}

  private idFor(found: FoundTable): string {
    let id = this.ids.get(found.element);
    if (id === undefined) {
      id = `t${this.nextId++}`;
      this.ids.set(found.element, id);
    }
    return id;
  }

  private remember(id: string, table: PageTable): void {
    this.known.set(id, { found: table.found, headers: table.headers });
  }

  /** Every table on the page, the most catalog-like first (most recognised fields, then most rows). */
  list(): RankedTable[] {
    const ranked = discoverTables(this.doc).map((found, order) => {
      const tableId = this.idFor(found);
      const table = readPageTable(found);
      this.remember(tableId, table);
      return { tableId, table, order, recognizedFields: recognizedFieldCount(table.headers) };
    });
    ranked.sort((a, b) => b.recognizedFields - a.recognizedFields || b.table.rows.length - a.table.rows.length || a.order - b.order);
    return ranked.map(({ tableId, table, recognizedFields }) => ({ tableId, table, recognizedFields }));
  }

  /**
   * Read a listed table again, as it is now. A page that re-renders its table (a framework
   * replacing the whole element) gets the id moved to the new table with the same headers.
   */
  read(tableId: string): PageTable | null {
    const known = this.known.get(tableId);
    if (!known) return null;
    if (known.found.element.isConnected) {
      const table = readPageTable(known.found);
      this.remember(tableId, table);
      return table;
    }
    for (const found of discoverTables(this.doc)) {
      if (this.ids.has(found.element)) continue;
      const table = readPageTable(found);
      if (!sameHeaders(table.headers, known.headers)) continue;
      this.ids.set(found.element, tableId);
      this.remember(tableId, table);
      return table;
    }
    return null;
  }
}

export function tableSummary(ranked: RankedTable): PageTableSummary {
  const { table, tableId } = ranked;
  // Unnamed tables are numbered in page order ("t0" is Table 1), not in rank order.
  const name = table.name || `Table ${Number(tableId.slice(1)) + 1}`;
  // A scrolling grid renders a part of its rows; it says how many it has, when it says.
  const rowCount = table.scrolling ? (table.rowsExpected ?? table.rows.length) : table.rows.length;
  return {
    tableId,
    label: tableLabel(name, table.kind, rowCount),
    kind: table.kind,
    headers: table.headers,
    rowCount,
    recognizedFields: ranked.recognizedFields,
  };
}
