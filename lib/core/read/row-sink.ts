import type { RawTable } from './raw-table';

/** Where a reader puts the rows it reads, as they come; how they are kept is the sink's. */
export interface RowSink {
  /** A row with a cell per header (the reader makes every row that long). */
  add(cells: string[]): void;
  /** The table of every row added, once the last one was. */
  table(headers: string[], sourceName: string): RawTable;
}
