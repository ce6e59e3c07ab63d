/**
 * A table as read from its source, before any interpretation: the header cells and the
 * data rows as text. CSV files, JSON files and page tables all become this shape, so
 * mapping and checking never need to know where a catalog came from.
 */
export interface RawTable {
  headers: string[];
  rows: string[][];
  /** Where the table came from, for messages ("catalog.csv", a page URL). */
  sourceName: string;
  /**
   * Line in the source file where each data row starts (1-based), when the reader knows it;
   * used only to point at the right line in error messages.
   */
  sourceLines?: number[];
}
