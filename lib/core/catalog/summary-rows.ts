import { numberedValuesIfRead } from './column-values';
import type { Catalog } from './catalog';
import type { FieldId } from '../model/fields';
import type { Steps } from '../work-steps';
import { GOODS_FIELDS, SumsMemo, unlabelledTotalAt } from './unlabelled-total';

/**
 * Rows that sum the lines up, not lines of goods: "Total", "Subtotal page 1", "Gesamt", "合计".
 * Invoice tables and ERP exports put them among the lines (in the body, not a <tfoot>; as the last
 * line of a CSV); checked as lines, each got four "required cell is empty" errors and its sum a
 * value-mismatch. A row is one when a cell begins with a word for a total and the row names no
 * goods: its part number, tariff code, origin and description are empty, or are that cell. A line
 * of goods whose description begins with such a word ("Total station, surveying") has its code.
 */
export interface SummaryRow {
  /** 1-based data row, as in findings. */
  row: number;
  /** The words that name it a total ("Total", "Subtotal page 1"), or the group it heads. */
  text: string;
  /**
   * `group`: a row heading a group of lines ("Purchase order 4500012345"), its one cell drawn
   * across the grid and so read into every column by a grid read by scrolling. Absent: a total.
   */
  kind?: 'group';
}

/**
 * Words for a total at the start of a cell, in the languages of the portals and ERPs filers use.
 * "Total" is also French, Spanish, Portuguese and Indonesian; "Sum" is English for Summe.
 */
const TOTAL_WORD =
  /^(?:(?:grand|sub)[\s-]?totals?|totals?|sum|sous-total|subtotale?|totale|totaal|subtotaal|gesamt\w*|summe|zwischensumme|razem|suma|toplam|jumlah|итого|всего|合计|合計|总计|總計|小计|小計|합계|소계|tổng)(?![\p{L}\p{N}])/iu;


/** The first of these that the catalog has: its empty cells (or words, for a code) are where summary rows can be. */
const ANCHOR_FIELDS: readonly FieldId[] = ['hts', 'description', 'sku'];

/** Past this, a cell is a description, not a label of a total. */
const LONGEST_LABEL = 60;

function totalLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= LONGEST_LABEL && TOTAL_WORD.test(trimmed);
}

/**
 * Whether the row's goods fields hold two different texts, as a line's part number and description
 * do: no summary row of either kind does (a total's are empty or its label; a heading's are the
 * heading). Four cells read, before the whole row is made: in a catalog not yet classified every
 * row's tariff code is empty, and every row is looked at.
 */
function namesGoods(catalog: Catalog, index: number): boolean {
  let seen: string | null = null;
  for (const field of GOODS_FIELDS) {
    const column = catalog.mapping.columnOf[field];
    if (column < 0) continue;
    const text = catalog.cells.cell(index, column).trim();
    if (text === '') continue;
    if (seen !== null && text !== seen) return true;
    seen = text;
  }
  return false;
}

/** The row (0-based) as a summary row, or null when it is a line (or may be one). */
function summaryRowAt(catalog: Catalog, index: number, sumsMemo: SumsMemo): SummaryRow | null {
  if (namesGoods(catalog, index)) return null;
  const cells = catalog.cells.rowCells(index);
  let labelColumn = -1;
  for (let column = 0; column < cells.length; column++) {
    if (totalLabel(cells[column]!)) {
      labelColumn = column;
      break;
    }
  }
  if (labelColumn < 0) {
    const heading = groupHeadingAt(cells, index);
    if (heading) return heading;
    // No word for a total: a line of sums only when its amounts add the lines up (unlabelled-total.ts).
    const sums = unlabelledTotalAt(catalog, index, sumsMemo);
    return sums === null ? null : { row: index + 1, text: sums };
  }
  for (const field of GOODS_FIELDS) {
    const column = catalog.mapping.columnOf[field];
    if (column >= 0 && column !== labelColumn && (cells[column] ?? '').trim() !== '') return null;
  }
  return { row: index + 1, text: cells[labelColumn]!.trim() };
}

/** Cells holding the same words that make a group heading: a line of goods never repeats one text in three cells. */
const HEADING_CELLS = 3;

/**
 * A row whose cells, all but empty ones, hold the same words: one cell across the grid read into
 * every column (see SummaryRow's `group`). A line's part number, description and code differ.
 */
function groupHeadingAt(cells: readonly string[], index: number): SummaryRow | null {
  let text: string | null = null;
  let filled = 0;
  for (const cell of cells) {
    const trimmed = cell.trim();
    if (trimmed === '') continue;
    if (text !== null && trimmed !== text) return null;
    text = trimmed;
    filled++;
  }
  return text !== null && filled >= HEADING_CELLS ? { row: index + 1, text, kind: 'group' } : null;
}

/** Three letters in a row: an anchor cell (a tariff code) holding words, as a heading read into it does. */
const WORDS = /\p{L}{3}/u;

/**
 * The catalog's summary rows, found in steps (see work-steps.ts) into `into`. Only rows whose
 * anchor cell (the tariff code, else the description, else the part number) is empty or a label
 * are looked at whole, told from the column's numbered values when the cell rules numbered it:
 * a catalog's lines have codes, so a 100,000-row catalog costs a pass over a number array.
 */
export function findSummaryRowsInSteps(catalog: Catalog, into: Map<number, SummaryRow>): Steps {
  const anchor = ANCHOR_FIELDS.find((field) => catalog.mapping.columnOf[field] >= 0);
  if (anchor === undefined) return () => true;
  const column = catalog.mapping.columnOf[anchor];
  let next = 0;
  // Whether each numbered anchor value may be a label (0 not yet known, 1 yes, 2 no): each distinct text is tested once.
  let labels: Uint8Array | null = null;
  const sums = new SumsMemo();
  return (rows) => {
    const values = numberedValuesIfRead(catalog, anchor);
    if (values && !labels) labels = new Uint8Array(values.texts.length);
    const end = Math.min(catalog.cells.rowCount, next + rows);
    for (; next < end; next++) {
      let maybe: boolean;
      if (values) {
        const id = values.ids[next]!;
        // A cell too long to number (UNNUMBERED, -1) is a description, not a label.
        if (id < 0) continue;
        if (labels![id] === 0) labels![id] = id === 0 || mayLabel(values.texts[id]!) ? 1 : 2;
        maybe = labels![id] === 1;
      } else {
        maybe = mayLabel(catalog.cells.cell(next, column));
      }
      if (!maybe) continue;
      const summary = summaryRowAt(catalog, next, sums);
      if (summary) {
        into.set(next, summary);
        sums.noteSummary(next);
      }
    }
    return next >= catalog.cells.rowCount;
  };
}

/** An anchor cell that may be a summary row's: empty, a short text beginning with a total word, or words (a heading). */
function mayLabel(text: string): boolean {
  return text.trim() === '' || totalLabel(text) || WORDS.test(text);
}

