import type { FoundTable } from './discover-tables';

/**
 * Grids that keep their header still while the body scrolls often draw the header as a table of
 * its own, above a second table holding only the rows (ERP screens, Element Plus, Ant Design,
 * older DataTables and jqGrid). Read apart, one is a table without rows and the other a table
 * whose first line of goods would be taken for its header. A header-only table directly above a
 * headerless table with the same columns is read with it, as one table.
 */

const ALIGN_PX = 3;

function isHeaderOnly(table: HTMLTableElement): boolean {
  const rows = Array.from(table.rows);
  return rows.length > 0 && rows.every((row) => row.parentElement?.localName === 'thead' || Array.from(row.cells).every((cell) => cell.localName === 'th'));
}

function hasHeader(table: HTMLTableElement): boolean {
  const first = table.rows[0];
  return table.tHead !== null || (first !== undefined && first.cells.length > 0 && Array.from(first.cells).every((cell) => cell.localName === 'th'));
}

/** The left edges of a row's cells. */
function lefts(row: HTMLTableRowElement | undefined): number[] {
  return row ? Array.from(row.cells).map((cell) => cell.getBoundingClientRect().left) : [];
}

/** The body sits right under the header, and its cells start where the header's do. */
function fitsUnder(header: HTMLTableElement, body: HTMLTableElement): boolean {
  const headerBox = header.getBoundingClientRect();
  const bodyBox = body.getBoundingClientRect();
  // The body may be scrolled under the header: it starts below the header's top, not necessarily its bottom.
  if (bodyBox.bottom < headerBox.bottom || Math.abs(bodyBox.left - headerBox.left) > headerBox.width / 2) return false;
  const top = lefts(header.rows[header.rows.length - 1]);
  const below = lefts(body.rows[0]);
  return top.length > 1 && top.length === below.length && top.every((left, i) => Math.abs(left - below[i]!) <= ALIGN_PX);
}

/** The found tables, each header-only table joined to the body table right after it. */
export function joinSplitHeaders(found: FoundTable[]): FoundTable[] {
  const out: FoundTable[] = [];
  for (let i = 0; i < found.length; i++) {
    const header = found[i]!;
    const body = found[i + 1];
    if (
      body &&
      header.structure === 'html' &&
      body.structure === 'html' &&
      header.inFrame === body.inFrame &&
      isHeaderOnly(header.element as HTMLTableElement) &&
      !hasHeader(body.element as HTMLTableElement) &&
      fitsUnder(header.element as HTMLTableElement, body.element as HTMLTableElement)
    ) {
      out.push({ ...body, headerTable: header.element as HTMLTableElement });
      i++;
      continue;
    }
    out.push(header);
  }
  return out;
}
