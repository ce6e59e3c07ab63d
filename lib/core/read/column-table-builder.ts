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

/** One column's cells as they come, made into blocks BLOCK_ROWS at a time. */
class ColumnBlocks {
  readonly blocks: CellBlock[] = [];
  private coming: string[] = [];
  /** The column's distinct texts, each its own string (a parser's cell keeps the text it was cut from alive). */
  private texts: string[] = [];
  /** Where each text is in `texts`; null once the column is packed. */
  private idOf: Map<string, number> | null = new Map();

  add(cell: string): void {
    this.coming.push(cell);
  }

  /** The cells added since the last block, as a block. */
  close(): void {
    const cells = this.coming;
    if (cells.length === 0) return;
    this.coming = [];
    this.blocks.push((this.idOf && this.sharedBlock(cells)) ?? packedBlock(cells));
  }

  /** The cells as numbers into the column's texts, or null when the column stops sharing. */
  private sharedBlock(cells: readonly string[]): SharedTextsBlock | null {
    const idOf = this.idOf!;
    const texts = this.texts;
    const ids = new Uint16Array(cells.length);
    let highest = 0;
    // Catalogs repeat a value on consecutive lines (one factory's parts, one origin): a cell equal
    // to the one above it takes its number without a look-up.
    let previousCell: string | undefined;
    let previousId = 0;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      if (cell === previousCell) {
        ids[i] = previousId;
        continue;
      }
      let id = idOf.get(cell);
      if (id === undefined) {
        if (texts.length === MOST_SHARED) return this.stopSharing();
        id = texts.length;
        const text = unslicedCopy(cell);
        texts.push(text);
        idOf.set(text, id);
      }
      ids[i] = previousId = id;
      previousCell = cell;
      if (id > highest) highest = id;
    }
    if (this.blocks.length === 0 && texts.length > cells.length * MOSTLY_DISTINCT) return this.stopSharing();
    return new SharedTextsBlock(texts, highest < 256 ? Uint8Array.from(ids) : ids);
  }

  private stopSharing(): null {
    this.idOf = null;
    // Blocks made so far keep the texts they number; with none, they go.
    if (this.blocks.length === 0) this.texts = [];
    return null;
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
