import type { FoundTable } from './discover-tables';

/**
 * Grids that keep their header in view may draw a copy of it as a table of its own, laid over the
 * table's own header row (TDesign's table: an "affixed" header table above the one table whose
 * <thead> is sticky). Read apart, the copy is a table of column names without a single line,
 * listed as a table beside the grid it repeats ("Table 2" for the only catalog on the page). A
 * table of header rows alone, whose last row shows the words of the header of another table that
 * has lines of its own, is such a copy and is no table of the page.
 * A header strip over a body table without a header of its own (split-header.ts) is no copy: its
 * words are in no other table's header.
 */
export function withoutHeaderCopies(found: readonly FoundTable[]): FoundTable[] {
  const tables = found.flatMap((table) => (table.structure === 'html' ? [table.element] : []));
  const headersWithLines = new Set(tables.filter(hasLines).flatMap((table) => (lastHeaderRow(table) ? [headerWords(lastHeaderRow(table)!)] : [])));
  if (headersWithLines.size === 0) return [...found];
  return found.filter((table) => {
    if (table.structure !== 'html') return true;
    const element = table.element;
    if (hasLines(element) || !isHeaderRowsOnly(element)) return true;
    const last = lastHeaderRow(element);
    return !(last && headersWithLines.has(headerWords(last)));
  });
}

/** The words of a header row's cells, in order, as one key (empty cells kept: they hold a column's place). */
function headerWords(row: Element): string {
  return cellsOf(row).map((cell) => (cell.textContent ?? '').trim().replace(/\s+/g, ' ')).join('\u001f');
}

/** A table's own rows, each with whether it is in its <thead> (a nested table's rows are not its). */
function rowsOf(table: Element): { row: Element; inHead: boolean }[] {
  return Array.from(table.children).flatMap((child) => {
    if (child.localName === 'tr') return [{ row: child, inHead: false }];
    if (!['thead', 'tbody', 'tfoot'].includes(child.localName)) return [];
    return Array.from(child.children).flatMap((row) => (row.localName === 'tr' ? [{ row, inHead: child.localName === 'thead' }] : []));
  });
}

function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.localName === 'td' || cell.localName === 'th');
}

/** The last row of the table's <thead>, when it has at least two cells, one with words. */
function lastHeaderRow(table: Element): Element | null {
  const last = rowsOf(table).filter(({ inHead }) => inHead).pop()?.row;
  return last && cellsOf(last).length >= 2 && cellsOf(last).some((cell) => cell.textContent?.trim()) ? last : null;
}

/** Every row of the table is in its <thead> or made of <th>s. */
function isHeaderRowsOnly(table: Element): boolean {
  const rows = rowsOf(table);
  return rows.length > 0 && rows.every(({ row, inHead }) => inHead || cellsOf(row).every((cell) => cell.localName === 'th'));
}

/** A row outside the table's <thead> shows words: a line. */
function hasLines(table: Element): boolean {
  return rowsOf(table).some(({ row, inHead }) => !inHead && (row.textContent ?? '').trim() !== '');
}
