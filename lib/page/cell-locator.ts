import type { PageTable } from './page-table';

/**
 * Finds the element showing a finding's cell: data row (1-based) and column (0-based header
 * position), or the whole row when the column is null. Frameworks replace cells when they
 * re-render; a cell that has left the page is found again by its row and column in the table
 * read afresh, at most once per change of the page.
 */
export class CellLocator {
  /** Starts stale: the table may have changed between reading and drawing. */
  private stale = true;

  constructor(
    private table: PageTable,
    private readonly reread: () => PageTable | null,
  ) {}

  get headers(): readonly string[] {
    return this.table.headers;
  }

  /** The page changed since the last look: a missing cell is worth reading the table again for. */
  markStale(): void {
    this.stale = true;
  }

  element(row: number, column: number | null): Element | null {
    let element = this.lookup(row, column);
    if (element?.isConnected) return element;
    if (!this.stale) return null;
    this.stale = false;
    const fresh = this.reread();
    if (!fresh) return null;
    this.table = fresh;
    element = this.lookup(row, column);
    return element?.isConnected ? element : null;
  }

  private lookup(row: number, column: number | null): Element | null {
    const layout = this.table.layout[row - 1];
    if (!layout) return null;
    return column === null ? layout.element : (layout.cells[column] ?? null);
  }
}
