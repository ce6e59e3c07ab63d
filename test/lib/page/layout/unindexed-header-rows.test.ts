import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ariaGridRows, headerRowsCounted, unindexedHeaderRows } from '../../../../lib/page/layout/aria-grid-rows';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A header row that states no aria-rowindex above lines that state theirs (Fluent UI's
 * DetailsList: its header row unnumbered, line 1 at aria-rowindex 2, aria-rowcount 2,001 for
 * 2,000 lines). ARIA counts header rows among a grid's rows, so the lines' numbers start after it;
 * read as they were, line 1 was taken for line 2 and "row 1" was waited for, never shown.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
});
afterEach(() => dom.close());

const header = (index?: number) => `<div role="row"${index ? ` aria-rowindex="${index}"` : ''}><div role="columnheader">Part</div><div role="columnheader">HTS</div></div>`;
const line = (index: number) => `<div role="row" aria-rowindex="${index}"><div role="gridcell">LT-${index}</div><div role="gridcell">8471.30.0100</div></div>`;

function rowsOf(headerRow: string, first: number, lines = 3) {
  dom.document.body.innerHTML = `<div role="grid" aria-rowcount="2001">${headerRow}${Array.from({ length: lines }, (_, i) => line(first + i)).join('')}</div>`;
  return ariaGridRows(dom.document.querySelector('[role="grid"]')!);
}

describe('a header row that states no row index', () => {
  it('is counted among the rows when the first line is numbered right after it', () => {
    const rows = rowsOf(header(), 2);
    expect(unindexedHeaderRows(rows)).toBe(1);
    expect(headerRowsCounted(rows)).toBe(1);
  });

  it('is not counted when the first line is numbered 1 (a grid numbering its lines only)', () => {
    expect(headerRowsCounted(rowsOf(header(), 1))).toBe(0);
  });

  it('says nothing scrolled down, where the first line shown is not the first line', () => {
    const rows = rowsOf(header(), 297);
    expect(unindexedHeaderRows(rows)).toBe(1);
    expect(headerRowsCounted(rows)).toBe(0);
  });

  it('gives way to a header row that states its index', () => {
    const rows = rowsOf(header(1), 2);
    expect(unindexedHeaderRows(rows)).toBe(0);
    expect(headerRowsCounted(rows)).toBe(1);
  });
});
