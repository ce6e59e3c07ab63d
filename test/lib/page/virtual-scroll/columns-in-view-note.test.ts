import { describe, expect, it } from 'vitest';
import { columnsNotRead, columnsSweptNote } from '../../../../lib/page/virtual-scroll/columns-in-view-note';

/**
 * What the user is told of a table drawing only the columns in view, swept sideways
 * (columns-in-view-note.ts): nothing when every line was read with every column; columns the
 * grid says it has and never drew are named as present and not read, never as not in the table.
 */
const WHOLE = { rowsRead: 50, rowsShown: 50, complete: true, columnsRead: 14, columnsStated: null };

describe('the note on a table swept sideways', () => {
  it('says nothing when every line was read with every column', () => {
    expect(columnsSweptNote(WHOLE)).toBe('');
    expect(columnsSweptNote({ ...WHOLE, columnsStated: 14 })).toBe('');
  });

  it('says how many of the columns the grid states were not read, and that they are present', () => {
    const note = columnsSweptNote({ ...WHOLE, columnsStated: 16 });
    expect(note).toContain("2 columns of the table's 16 were not read");
    expect(note).toContain('They are in the table, not missing');
    expect(note).toContain('Export the table');
  });

  it('says which lines were read with every column when the others were not', () => {
    expect(columnsSweptNote({ ...WHOLE, rowsRead: 12, complete: false })).toContain('Only lines 1–12 of the 50 shown could be read with every column');
    expect(columnsSweptNote({ ...WHOLE, rowsRead: 0, complete: false })).toContain('No line of the 50 shown could be read with every column');
  });
});

describe('the columns not read', () => {
  it('are those the grid states past the columns read, none when it states no count', () => {
    expect(columnsNotRead({ columnsRead: 3, columnsStated: 5 })).toBe(2);
    expect(columnsNotRead({ columnsRead: 3, columnsStated: 2 })).toBe(0);
    expect(columnsNotRead({ columnsRead: 3, columnsStated: null })).toBe(0);
  });
});
