/**
 * Cells kept small for the whole of a check. A parser's cells are substrings of the text it read,
 * and V8 keeps a substring of 13 characters or more as a pointer into that text ("sliced string"):
 * one such cell alive keeps its whole piece of the file alive. A million-row catalog held its
 * 196 MB of text that way, besides its cells. And most columns repeat a few texts (countries,
 * units, currencies, the manufacturer's name and address): one copy each is enough.
 */

/** V8 makes substrings shorter than this as copies (SlicedString::kMinLength). */
const SLICED_FROM = 13;
/** Cells of a column looked at before deciding whether its texts repeat enough to be shared. */
const DECIDE_AFTER = 1024;
/** A column whose first cells are nearly all different (part numbers, amounts) is not shared. */
const MOSTLY_DISTINCT = 0.9;
/** Distinct texts one column may share: past it, the column is left as it is (its table freed). */
const MOST_SHARED = 65_536;

/**
 * A string of its own with the same text: JSON's round trip makes one (exactly, lone surrogates
 * included). About a microsecond: for the texts a column shares, each copied once.
 */
function copyOf(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** The text as a string that keeps no other text alive (a copy, when it may be a slice of one). */
export function unslicedCopy(text: string): string {
  return text.length >= SLICED_FROM ? copyOf(text) : text;
}

/** The texts one column shares, while sharing pays. */
class ColumnTexts {
  readonly known = new Map<string, string>();
  private looked = 0;
  sharing = true;

  /** The shared copy of `text`, or undefined when the column does not share (any more). */
  shared(text: string): string | undefined {
    const known = this.known.get(text);
    if (known !== undefined) return known;
    if (++this.looked === DECIDE_AFTER && this.known.size > DECIDE_AFTER * MOSTLY_DISTINCT) return this.stop();
    if (this.known.size >= MOST_SHARED) return this.stop();
    const copy = unslicedCopy(text);
    this.known.set(copy, copy);
    return copy;
  }

  private stop(): undefined {
    this.sharing = false;
    this.known.clear();
    return undefined;
  }
}

/**
 * Makes rows of cells compact as they are read, a batch at a time: repeated texts of a column
 * become one shared string, every long cell kept is copied out of the text it was cut from, and
 * each row's array holds its cells and no spare room.
 */
export class CompactCells {
  private readonly columns: ColumnTexts[] = [];

  /**
   * Compact rows[from..] in place (each row's cells, by column). Each row becomes an array of just
   * its cells: a parser's array grown a cell at a time has room for more (40 for 17 cells).
   */
  compact(rows: string[][], from = 0): void {
    const columns = this.columns;
    // Long cells that are not shared are copied out together: one join makes one new string of
    // just them, and each is cut back out of it (slices again, but of a string holding nothing else).
    const longCells: string[] = [];
    const longRows: string[][] = [];
    const longColumns: number[] = [];
    for (let r = from; r < rows.length; r++) {
      const row = (rows[r] = rows[r]!.slice());
      for (let c = 0; c < row.length; c++) {
        const cell = row[c]!;
        if (cell === '') continue;
        const column = columns[c] ?? (columns[c] = new ColumnTexts());
        if (column.sharing) {
          const shared = column.shared(cell);
          if (shared !== undefined) {
            row[c] = shared;
            continue;
          }
        }
        if (cell.length >= SLICED_FROM) {
          longCells.push(cell);
          longRows.push(row);
          longColumns.push(c);
        }
      }
    }
    if (longCells.length === 0) return;
    const copied = longCells.join('');
    for (let i = 0, at = 0; i < longCells.length; i++) {
      const cell = longCells[i]!;
      longRows[i]![longColumns[i]!] = copied.substring(at, (at += cell.length));
    }
  }
}
