import { describe, expect, it } from 'vitest';
import { byCatalogLikeness, type ListedTableFacts, withoutLinelessTables } from '../../../../lib/page/discovery/table-rank';

const table = (facts: Partial<ListedTableFacts> & { order: number }): ListedTableFacts => ({ recognizedFields: 0, rows: 0, scrolling: false, ...facts });
const ranked = (tables: ListedTableFacts[]) => [...tables].sort(byCatalogLikeness).map((listed) => listed.order);

describe('which table of a page is most likely the catalog', () => {
  it('puts a table with lines before a header without lines, however well the header names catalog fields', () => {
    // A grid's header strip (12 catalog words, no line) and its body found apart (words unknown, 16 lines).
    const headerStrip = table({ order: 0, recognizedFields: 12, rows: 0 });
    const body = table({ order: 1, recognizedFields: 0, rows: 16 });
    expect(ranked([headerStrip, body])).toEqual([1, 0]);
  });

  it('counts a scrolling grid as holding lines even when it shows none yet', () => {
    const lazyGrid = table({ order: 1, recognizedFields: 8, rows: 0, scrolling: true });
    const emptyForm = table({ order: 0, recognizedFields: 3, rows: 0 });
    expect(ranked([emptyForm, lazyGrid])).toEqual([1, 0]);
  });

  it('among tables with lines, ranks by named columns, then lines, then page order', () => {
    const menu = table({ order: 0, recognizedFields: 0, rows: 40 });
    const shortCatalog = table({ order: 1, recognizedFields: 9, rows: 5 });
    const longCatalog = table({ order: 2, recognizedFields: 9, rows: 300 });
    const twin = table({ order: 3, recognizedFields: 9, rows: 300 });
    expect(ranked([twin, menu, shortCatalog, longCatalog])).toEqual([2, 3, 1, 0]);
  });

  it('leaves tables without a line out of the list while another table has lines, and keeps them when none has', () => {
    const headerCopy = table({ order: 0, recognizedFields: 12, rows: 0 });
    const body = table({ order: 1, recognizedFields: 12, rows: 50 });
    const lazyGrid = table({ order: 2, recognizedFields: 8, rows: 0, scrolling: true });
    expect(withoutLinelessTables([body, lazyGrid, headerCopy]).map((listed) => listed.order)).toEqual([1, 2]);
    const emptyEntryTable = table({ order: 3, recognizedFields: 5, rows: 0 });
    expect(withoutLinelessTables([headerCopy, emptyEntryTable]).map((listed) => listed.order)).toEqual([0, 3]);
  });
});
