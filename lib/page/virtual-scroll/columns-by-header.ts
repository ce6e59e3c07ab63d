import type { GridSnapshot } from '../layout/grid-snapshot';

/**
 * A grid's columns, told apart over the looks of one read. Where the page states each column's
 * place (aria-colindex), or draws every header cell whatever is in view, a column's place on the
 * placed grid is the same at every look and is its key. A grid that draws only the columns in
 * view and states no column (react-virtualized's Grid and MultiGrid) shows other columns at each
 * sideways scroll, from place 0 again: "Description" at place 2, then "HTS Code". Such a grid is
 * seen at the first look whose header shows other words at a place than an earlier look did;
 * from then on a column is known by its header's words (the second column of the same words by
 * that), and a column not seen before takes the next key, right of those read: columns are swept
 * left to right from the first look on, so keys keep the order the user reads them in.
 */
export class ColumnsByHeader {
  /** Key per header words (and their occurrence among same words, left to right); null until a grid shifts its columns. */
  private byWords: Map<string, number> | null = null;

  /** For one look: the key of each place of `snapshot`, given the headers read so far (key → words). */
  columnsOf(snapshot: GridSnapshot, known: ReadonlyMap<number, string>): (shown: number) => number {
    if (!this.byWords && [...snapshot.headers].some(([column, header]) => known.has(column) && !namesOneColumn(known.get(column)!, header.text))) {
      this.byWords = new Map(wordsKeys([...known].sort((a, b) => a[0] - b[0])).map(([words, column]) => [words, column]));
    }
    const byWords = this.byWords;
    if (!byWords) return (shown) => shown;
    const keys = new Map<number, number>();
    for (const [words, shown] of wordsKeys([...snapshot.headers].sort((a, b) => a[0] - b[0]).map(([column, header]) => [column, header.text]))) {
      let key = byWords.get(words);
      if (key === undefined) {
        key = Math.max(-1, ...byWords.values(), ...known.keys()) + 1;
        byWords.set(words, key);
      }
      keys.set(shown, key);
    }
    return (shown) => keys.get(shown) ?? shown;
  }
}

/**
 * Two looks' header words at one place that name one column: the same words, or the words of a
 * column group's cell alone and the same with the column's own header below it. A grid with
 * column groups that draws only the columns in view (AG Grid) draws a group's cell while any of
 * its columns is in view: a column of it not drawn yet is named by the group alone ("Weights"),
 * then, drawn, by both ("Weights Gross Weight (kg)"). Taken for other words at that place, the
 * grid was read as one that shifts its columns, the group alone became a column no row fills,
 * and no row was ever read whole past the first screen (82 of 2,000 rows).
 */
export function namesOneColumn(before: string, now: string): boolean {
  return before === now || now.startsWith(`${before} `) || before.startsWith(`${now} `);
}

/** Each column's words with their occurrence among same words ("Amount#1" for the second "Amount"), with its key. */
function wordsKeys(columns: readonly (readonly [number, string])[]): [string, number][] {
  const seen = new Map<string, number>();
  return columns.map(([column, words]) => {
    const occurrence = seen.get(words) ?? 0;
    seen.set(words, occurrence + 1);
    return [`${words}#${occurrence}`, column];
  });
}
