import { CompactCells } from './compact-cells';
import type { RawTable } from './raw-table';
import type { RowSink } from './row-sink';

/**
 * Rows left as parsed. Compacting costs about 300 ns a cell in a process that has just started (a
 * fifth of reading a 10,000-row file) and saves memory only where there is much of it: rows up to
 * here keep their texts alive (about 20 MB and 18 MB of spare array room at 100,000 rows), rows
 * after them are compacted (at a million rows the text alone was 196 MB).
 */
const COMPACT_PAST_ROWS = 100_000;
/** Rows compacted at a time: the rows of a piece of text or two, so each piece is soon let go. */
const COMPACT_EVERY = 4096;

/** Rows kept as rows (string[][], what the page side and the extension's worker read), compact past COMPACT_PAST_ROWS. */
export class RowList implements RowSink {
  private readonly rows: string[][] = [];
  private readonly compactCells = new CompactCells();
  /** Rows before this one are compact already (or left as parsed). */
  private compacted: number;

  /** `compactPastRows`: rows left as parsed (tests compact them all). */
  constructor(compactPastRows = COMPACT_PAST_ROWS) {
    this.compacted = compactPastRows;
  }

  add(cells: string[]): void {
    this.rows.push(cells);
    if (this.rows.length - this.compacted >= COMPACT_EVERY) this.compact();
  }

  table(headers: string[], sourceName: string): RawTable {
    this.compact();
    return { headers, rows: this.rows, sourceName };
  }

  private compact(): void {
    if (this.rows.length <= this.compacted) return;
    this.compactCells.compact(this.rows, this.compacted);
    this.compacted = this.rows.length;
  }
}
