import { groupedCount, plural } from '../../core/report/wording';

/**
 * What the user is told of a table that draws every line but only the columns in view, read by
 * sweeping its box sideways (columns-in-view.ts), when the sweep did not read it whole: columns the
 * table has and never drew are present, not missing, and the checks that said "not found in the
 * table" of a column may have needed one of them. Never an all-clear: the caller calls the read
 * incomplete whenever this says anything.
 */

export interface ColumnsSwept {
  /** Lines read with every column, from the first on. */
  rowsRead: number;
  /** Lines the table draws. */
  rowsShown: number;
  /** Every line drawn was read with every column the sweep saw. */
  complete: boolean;
  /** The columns read, or held by the lines (hidden ones too: see columnsInLine), whichever is more. */
  columnsRead: number;
  /** The columns the grid says it has (aria-colcount); null when it does not say. */
  columnsStated: number | null;
}

/** Columns the grid says it has and that were never read (0 when it does not say how many). */
export function columnsNotRead(swept: Pick<ColumnsSwept, 'columnsRead' | 'columnsStated'>): number {
  return swept.columnsStated === null ? 0 : Math.max(0, swept.columnsStated - swept.columnsRead);
}

/** The words for the user; '' when every line was read with every column. */
export function columnsSweptNote(swept: ColumnsSwept): string {
  const unreadColumns = columnsNotRead(swept);
  const notes: string[] = [];
  if (unreadColumns > 0) {
    notes.push(
      `${plural(unreadColumns, 'column', 'columns')} of the table's ${groupedCount(swept.columnsStated!)} ${unreadColumns === 1 ? 'was' : 'were'} not read: the table draws only the columns in view, and ${unreadColumns === 1 ? 'it was' : 'they were'} not drawn when its box was scrolled sideways. ${unreadColumns === 1 ? 'It is' : 'They are'} in the table, not missing: a check that needs a column "not found in the table" may need ${unreadColumns === 1 ? 'it' : 'one of them'}.`,
    );
  }
  if (!swept.complete) {
    const read = swept.rowsRead === 0 ? 'No line' : `Only lines 1–${groupedCount(swept.rowsRead)}`;
    notes.push(
      `${read} of the ${groupedCount(swept.rowsShown)} shown could be read with every column: the table draws only the columns in view, and its lines could not be read whole as its box was scrolled sideways (the page kept drawing them anew, or showed other lines at another place).`,
    );
  }
  if (notes.length === 0) return '';
  return `${notes.join(' ')} Export the table from the page to a file and check it under "Check a file" on the results page.`;
}

