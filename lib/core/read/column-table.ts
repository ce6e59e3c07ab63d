import type { RawTable } from './raw-table';
import type { NumberedColumn, TableCells } from './table-cells';
import { type DecimalMark, plainNumber, plainNumberIn } from '../values/number';

/**
 * A table kept by column, for catalogs of a million rows: a row kept as an array of its cells
 * costs an array and a string per cell (papaparse's rows of the 196 MB million-row catalog held
 * 930 MB). Each column is kept in blocks of BLOCK_ROWS cells, each block one of two kinds (see
 * column-table-builder.ts for which): a column that repeats a few texts (countries, units, codes,
 * manufacturers) as a number per cell into its distinct texts, one that does not (part numbers,
 * descriptions, amounts) as one string of the block's cells written end to end.
 */

/** Cells per block: a power of two, so a row's block and place in it are a shift and a mask. */
export const BLOCK_SHIFT = 12;
export const BLOCK_ROWS = 1 << BLOCK_SHIFT;
const PLACE_IN_BLOCK = BLOCK_ROWS - 1;

/** BLOCK_ROWS cells of one column (fewer in the last block). */
export interface CellBlock {
  cell(place: number): string;
  /** The cell read by plainNumber (values/number.ts). */
  plainNumber(place: number, decimalMark: DecimalMark): number;
  /**
   * The places (in order) of the cells holding `text`. `sharedHolding`: the numbers of the shared
   * texts that hold it, asked once for all of a column's blocks (see ColumnTable.rowsHolding).
   */
  placesHolding(text: string, sharedHolding: ReadonlySet<number>): number[];
}

/** Cells as numbers into the column's distinct texts (an array the column's later blocks add to). */
export class SharedTextsBlock implements CellBlock {
  constructor(
    readonly texts: readonly string[],
    readonly ids: Uint8Array | Uint16Array,
  ) {}

  cell(place: number): string {
    return this.texts[this.ids[place]!]!;
  }

  plainNumber(place: number, decimalMark: DecimalMark): number {
    return plainNumber(this.cell(place), decimalMark);
  }

  placesHolding(_text: string, sharedHolding: ReadonlySet<number>): number[] {
    const places: number[] = [];
    if (sharedHolding.size === 0) return places;
    for (let place = 0; place < this.ids.length; place++) if (sharedHolding.has(this.ids[place]!)) places.push(place);
    return places;
  }
}

/**
 * Cells written end to end in one string, `ends[i]` where cell i ends. A cell is cut out of it
 * when asked for; the last one asked is kept, since the rules read a row's cells one rule after
 * another and each would otherwise cut its own copy.
 */
export class PackedTextsBlock implements CellBlock {
  private lastPlace = -1;
  private lastCell = '';

  constructor(
    private readonly text: string,
    private readonly ends: Uint32Array,
  ) {}

  cell(place: number): string {
    if (place === this.lastPlace) return this.lastCell;
    this.lastPlace = place;
    return (this.lastCell = this.text.substring(place === 0 ? 0 : this.ends[place - 1]!, this.ends[place]!));
  }

  /** Read in place: amount columns are packed, and most of their cells are plain numbers. */
  plainNumber(place: number, decimalMark: DecimalMark): number {
    return plainNumberIn(this.text, place === 0 ? 0 : this.ends[place - 1]!, this.ends[place]!, decimalMark);
  }

  /**
   * One search through the cells written end to end; each place found is the cell where the text
   * starts, kept only if the cell holds the whole text (a find may run across two cells).
   */
  placesHolding(text: string): number[] {
    const places: number[] = [];
    for (let at = this.text.indexOf(text); at >= 0; ) {
      const place = this.placeAt(at);
      if (this.cell(place).includes(text)) places.push(place);
      at = this.text.indexOf(text, this.ends[place]!);
    }
    return places;
  }

  /** The cell the character at `at` of the joined text belongs to: the first that ends after it. */
  private placeAt(at: number): number {
    let low = 0;
    let high = this.ends.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.ends[middle]! > at) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

const NONE_HOLDING: ReadonlySet<number> = new Set();

export class ColumnTable implements RawTable, TableCells {
  private madeRows: string[][] | undefined;

  constructor(
    readonly headers: string[],
    readonly sourceName: string,
    readonly rowCount: number,
    /** Each column's blocks, a column per header. */
    private readonly columns: readonly (readonly CellBlock[])[],
  ) {}

  get cells(): TableCells {
    return this;
  }

  cell(row: number, column: number): string {
    const blocks = this.columns[column];
    return blocks ? blocks[row >>> BLOCK_SHIFT]!.cell(row & PLACE_IN_BLOCK) : '';
  }

  plainNumber(row: number, column: number, decimalMark: DecimalMark): number {
    const blocks = this.columns[column];
    return blocks ? blocks[row >>> BLOCK_SHIFT]!.plainNumber(row & PLACE_IN_BLOCK, decimalMark) : Number.NaN;
  }

  numberedColumn(column: number): NumberedColumn | null {
    const blocks = this.columns[column];
    if (!blocks || blocks.length === 0 || !blocks.every((block) => block instanceof SharedTextsBlock)) return null;
    // A column's blocks all number into the one list of its texts (column-table-builder.ts).
    const numbers = (blocks as readonly SharedTextsBlock[]).map((block) => block.ids);
    return {
      texts: (blocks[0] as SharedTextsBlock).texts,
      numberOf: (row) => numbers[row >>> BLOCK_SHIFT]![row & PLACE_IN_BLOCK]!,
    };
  }

  rowsHolding(column: number, text: string): number[] {
    const rows: number[] = [];
    const blocks = this.columns[column] ?? [];
    // The texts a column's shared blocks number into are one list (column-table-builder.ts): asked once.
    const holdingOf = new Map<readonly string[], ReadonlySet<number>>();
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      let sharedHolding = NONE_HOLDING;
      if (block instanceof SharedTextsBlock) {
        sharedHolding = holdingOf.get(block.texts) ?? new Set(block.texts.flatMap((shared, id) => (shared.includes(text) ? [id] : [])));
        holdingOf.set(block.texts, sharedHolding);
      }
      for (const place of block.placesHolding(text, sharedHolding)) rows.push((b << BLOCK_SHIFT) + place);
    }
    return rows;
  }

  rowCells(row: number): string[] {
    const block = row >>> BLOCK_SHIFT;
    const place = row & PLACE_IN_BLOCK;
    return this.columns.map((blocks) => blocks[block]!.cell(place));
  }

  /**
   * Rows made from the columns on first use, for code written for rows (a workspace push, tests):
   * as much memory as rows always took, so nothing a large check runs asks for them.
   */
  get rows(): string[][] {
    return (this.madeRows ??= Array.from({ length: this.rowCount }, (_, row) => this.rowCells(row)));
  }
}
