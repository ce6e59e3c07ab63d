import { BLOCK_ROWS, type CellBlock, ColumnTable, PackedTextsBlock, SharedTextsBlock } from './column-table';
import { unslicedCopy } from './compact-cells';
import type { RowSink } from './row-sink';

/**
 * A column's texts are shared, a number per cell, while they repeat: a column whose first block is
 * mostly different texts (part numbers, descriptions, amounts) is packed instead. Half, not nine
 * tenths: a quantity column of a generated 100,000-row catalog (88% distinct in its first block)
 * kept 33,000 texts in a Map, looked up on every cell, where a packed block costs a join; shared,
 * a text met on fewer than two cells takes more memory than packed too.
 */
const MOSTLY_DISTINCT = 0.5;
/**
 * Distinct texts one column may share: numbers up to here fit two bytes. Past it the column's next
 * blocks are packed (its blocks so far keep their numbers).
 */
const MOST_SHARED = 65_536;

/**
 * One column's cells as they come, made into blocks BLOCK_ROWS at a time. A column that shares its
 * texts numbers each cell as it comes, so the cell (a parser's string) is let go with its row: kept
 * until its block closed, 4,096 rows of cells of every column outlived the collector's young
 * generation and were copied out of it. Cells are kept only while they may be packed: in a
 * column's first block (whether it shares is decided at its end) and in a packed column.
 */
class ColumnBlocks {
  readonly blocks: CellBlock[] = [];
  /** The cells of the block being read, while they may be packed. */
  private coming: string[] = [];
  private count = 0;
  /** The column's distinct texts, each its own string (a parser's cell keeps the text it was cut from alive). */
  private texts: string[] = [];
  /** Where each text is in `texts`; null once the column is packed. */
  private idOf: Map<string, number> | null = new Map();
  /** The numbers of the block's cells, while the column shares. */
  private ids = new Uint16Array(BLOCK_ROWS);
  private highest = 0;
  // Catalogs repeat a value on consecutive lines (one factory's parts, one origin): a cell equal
  // to the one above it takes its number without a look-up.
  private previousCell: string | undefined;
  private previousId = 0;

  add(cell: string): void {
    if (this.idOf) this.number(cell);
    if (!this.idOf || this.blocks.length === 0) this.coming.push(cell);
    this.count++;
  }

  /** The cells added since the last block, as a block. */
  close(): void {
    const count = this.count;
    if (count === 0) return;
    if (this.idOf && this.blocks.length === 0 && this.texts.length > count * MOSTLY_DISTINCT) this.stopSharing();
    if (this.idOf) {
      const ids = this.ids.subarray(0, count);
      this.blocks.push(new SharedTextsBlock(this.texts, this.highest < 256 ? Uint8Array.from(ids) : ids.slice()));
    } else {
      this.blocks.push(packedBlock(this.coming));
    }
    this.coming = [];
    this.count = 0;
    this.highest = 0;
  }

  /** The cell's number into the column's texts, written for the block; past MOST_SHARED texts the column stops sharing. */
  private number(cell: string): void {
    const idOf = this.idOf!;
    let id: number;
    if (cell === this.previousCell) {
      id = this.previousId;
    } else {
      const known = idOf.get(cell);
      if (known === undefined) {
        if (this.texts.length === MOST_SHARED) {
          this.stopSharing();
          return;
        }
        id = this.texts.length;
        const text = unslicedCopy(cell);
        this.texts.push(text);
        idOf.set(text, id);
      } else {
        id = known;
      }
      this.previousCell = cell;
      this.previousId = id;
    }
    this.ids[this.count] = id;
    if (id > this.highest) this.highest = id;
  }

  private stopSharing(): void {
    this.idOf = null;
    this.previousCell = undefined;
    // The block's cells so far are its texts (a first block kept its cells).
    if (this.blocks.length > 0) this.coming = Array.from(this.ids.subarray(0, this.count), (id) => this.texts[id]!);
    // Blocks made so far keep the texts they number; with none, they go.
    else this.texts = [];
  }
}

/** Cells written end to end: one new string holding nothing else (see PackedTextsBlock). */
function packedBlock(cells: readonly string[]): PackedTextsBlock {
  const ends = new Uint32Array(cells.length);
  let end = 0;
  for (let i = 0; i < cells.length; i++) ends[i] = end += cells[i]!.length;
  return new PackedTextsBlock(cells.join(''), ends);
}

/** Rows read into a ColumnTable: each row's cells go to their columns, and the row is let go. */
export class ColumnTableBuilder implements RowSink {
  private columns: ColumnBlocks[] = [];
  private rowCount = 0;

  /** A row with a cell per header (the reader makes every row that long). */
  add(cells: readonly string[]): void {
    const columns = this.columns;
    while (columns.length < cells.length) columns.push(new ColumnBlocks());
    for (let c = 0; c < cells.length; c++) columns[c]!.add(cells[c]!);
    if (++this.rowCount % BLOCK_ROWS === 0) for (const column of columns) column.close();
  }

  table(headers: string[], sourceName: string): ColumnTable {
    for (const column of this.columns) column.close();
    const columns = headers.map((_, c) => this.columns[c]?.blocks ?? []);
    return new ColumnTable(headers, sourceName, this.rowCount, columns);
  }
}
