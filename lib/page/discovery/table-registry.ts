import { recognizedFieldCount } from '../../core/mapping/catalog-likeness';
import type { PageTableSummary } from '../../extension/messaging/messages';
import { discoverTables, discoverTablesSliced, type FoundTable } from './discover-tables';
import { type PageTable, readPageTable, readPageTableSliced, tableShape } from '../layout/page-table';
import type { RowsAsRead } from '../layout/sliced-table-reader';
import type { TimeSlicer } from '../time-slices';
import { tableLabel } from './table-label';
import { byCatalogLikeness, type ListedTableFacts, withoutLinelessTables } from './table-rank';

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

  /**
   * Every table on the page worth checking, the most catalog-like first (see table-rank.ts).
   * Long tables are listed by their header and row count alone, and the page gets its main
   * thread back between tables.
   */
  async list(slicer: TimeSlicer): Promise<RankedTable[]> {
    const ranked: (RankedTable & { order: number })[] = [];
    for (const [order, found] of (await discoverTablesSliced(this.doc, slicer)).entries()) {
      const tableId = this.idFor(found);
      const table = tableShape(found);
      this.remember(tableId, table);
      ranked.push({ tableId, table, order, recognizedFields: recognizedFieldCount(table.headers) });
      await slicer.pause();
    }
    const listed = ranked.map((each): RankedTable & ListedTableFacts => ({
      ...each,
      rows: each.table.listedRows ?? each.table.rows.length,
      scrolling: each.table.scrolling,
    }));
    return withoutLinelessTables(listed.sort(byCatalogLikeness)).map(({ tableId, table, recognizedFields }) => ({ tableId, table, recognizedFields }));
  }

  /**
   * Read a listed table again, as it is now. A page that re-renders its table (a framework
   * replacing the whole element) gets the id moved to the new table with the same headers.
   */
  read(tableId: string, options: { shapeOnly?: boolean } = {}): PageTable | null {
    const found = this.locate(tableId);
    if (!found) return null;
    // The shape only (a long table's header and row count): what a caller needs before reading it in slices.
    const table = options.shapeOnly ? tableShape(found) : readPageTable(found);
    this.remember(tableId, table);
    return table;
  }

  /** Read a listed table whole, as it is now, a long one in slices (see readPageTableSliced). */
  async readSliced(tableId: string, slicer: TimeSlicer, onRows: (rowsRead: number) => void, asRead?: RowsAsRead): Promise<PageTable | null> {
    const found = this.locate(tableId);
    if (!found) return null;
    const table = await readPageTableSliced(found, slicer, onRows, asRead);
    this.remember(tableId, table);
    return table;
  }

  /** A listed table's element now: the same one, or the new table with the same headers that replaced it. */
  private locate(tableId: string): FoundTable | null {
    const known = this.known.get(tableId);
    if (!known) return null;
    if (known.found.element.isConnected) return known.found;
    for (const found of discoverTables(this.doc)) {
      if (this.ids.has(found.element)) continue;
      const table = tableShape(found);
      if (!sameHeaders(table.headers, known.headers)) continue;
      this.ids.set(found.element, tableId);
      return found;
    }
    return null;
  }
}

export function tableSummary(ranked: RankedTable): PageTableSummary {
  const { table, tableId } = ranked;
  // Unnamed tables are numbered in page order ("t0" is Table 1), not in rank order.
  const name = table.name || `Table ${Number(tableId.slice(1)) + 1}`;
  // A scrolling grid renders a part of its rows; it says how many it has, when it says.
  const rowCount = table.scrolling ? (table.rowsExpected ?? table.rows.length) : (table.listedRows ?? table.rows.length);
  return {
    tableId,
    label: tableLabel(name, table.kind, rowCount),
    kind: table.kind,
    headers: table.headers,
    rowCount,
    recognizedFields: ranked.recognizedFields,
  };
}
