import type { RenderedRow } from '../layout/grid-snapshot';

/**
 * Many grids write each row's position on its element under a name of their own (w2ui `line` and
 * `index`, jspreadsheet `data-y`, `data-row-index`, `data-index`...) without ARIA's aria-rowindex,
 * or on each of its cells (TOAST UI Grid `data-row-key`). Such an attribute is found, whatever its
 * name, as the one whose values count up by one down the rows the grid shows at its top, starting
 * at 0 or 1: a record id (`recid`, `data-id`) counts in data order, not screen order, once the
 * user sorts, and so is not taken. It must keep counting by one at every later look; the first
 * look where it does not ends its use for the read. ARIA's aria-rowindex is never taken here: a
 * grid snapshot numbers rows by it wherever it numbers lines, so rows reach this with one only
 * where it does not (drawn-row-positions.ts: SVAR's DataGrid counts the rows drawn from 0 at
 * every scroll position, which counts by one at every look and so passed for line numbers).
 */
export class RowIndexAttribute {
  /** The attribute and the value of row 1; null once none was found or it stopped counting. */
  private found: { name: string; onCell: boolean; first: number } | null | undefined;

  /** Row numbers from the attribute, or null when the grid gives none (or not reliably). */
  numbers(rows: readonly RenderedRow[], atTop: boolean): number[] | null {
    if (this.found === undefined) {
      if (!atTop || rows.length < MIN_ROWS) return null;
      this.found = countingAttribute(rows);
    }
    if (!this.found) return null;
    const { name, onCell, first } = this.found;
    const values = rows.map((row) => integerAttribute(carrier(row, onCell), name));
    if (!countsByOne(values)) {
      this.found = null;
      return null;
    }
    return values.map((value) => value! - first + 1);
  }

  /** One row's number from the attribute (marks follow rows after reading), or null without one. */
  numberOf(element: Element): number | null {
    if (!this.found) return null;
    const value = integerAttribute(this.found.onCell ? (element.firstElementChild ?? element) : element, this.found.name);
    return value === null ? null : value - this.found.first + 1;
  }
}

/** Fewer rows than this counting by one prove nothing. */
const MIN_ROWS = 3;

function integerAttribute(element: Element, name: string): number | null {
  const text = element.getAttribute(name);
  return text !== null && /^\d{1,7}$/.test(text) ? Number(text) : null;
}

/** Top to bottom, each value one more than the one above (rows are listed in screen order). */
function countsByOne(values: readonly (number | null)[]): boolean {
  return values.every((value, i) => value !== null && (i === 0 || value === values[i - 1]! + 1));
}

/** The element the attribute is read from: the row, or its first cell. */
function carrier(row: RenderedRow, onCell: boolean): Element {
  return onCell ? (row.cells.values().next().value ?? row.element) : row.element;
}

function countingAttribute(rows: readonly RenderedRow[]): { name: string; onCell: boolean; first: number } | null {
  for (const onCell of [false, true]) {
    const top = carrier(rows[0]!, onCell);
    for (const { name } of Array.from(top.attributes).sort((a, b) => a.name.localeCompare(b.name))) {
      if (name === 'aria-rowindex') continue;
      const values = rows.map((row) => integerAttribute(carrier(row, onCell), name));
      const first = values[0];
      if ((first === 0 || first === 1) && countsByOne(values)) return { name, onCell, first };
    }
  }
  return null;
}
