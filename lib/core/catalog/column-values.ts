import type { FieldId } from '../model/fields';
import type { Catalog } from './catalog';
import { NO_STEPS, type Steps } from '../work-steps';
import { trimmed } from '../values/text';
import { DistinctTexts } from './distinct-texts';

/**
 * A column read once as numbered distinct values: `ids[row - 1]` is the number of that row's
 * trimmed cell text in `texts`. Catalogs repeat the same codes, countries, units and factories on
 * thousands of lines; once a column is numbered, rules keep their verdicts in arrays indexed by
 * value number instead of hashing the same text again on every row and for every rule.
 */
export interface ColumnValues {
  ids: Int32Array;
  /** Each distinct trimmed text, in order of first appearance; `''` for empty and unmapped cells. */
  texts: string[];
}

/** Texts longer than this are not numbered (descriptions, mostly): they rarely repeat. */
export const MAX_NUMBERED_TEXT = 40;
/** The id of a cell too long to be numbered: judge its text directly. */
export const UNNUMBERED = -1;
/** A text of the reader's not numbered yet (numberColumnInSteps). */
const NOT_YET = -2;

/**
 * Numbering pays only where values repeat: a column whose first SAMPLE_ROWS rows are more than
 * NEARLY_UNIQUE distinct or too long to number (descriptions, part numbers, amounts) is not
 * numbered, unless every text must be (grouping keys).
 */
const SAMPLE_ROWS = 2_000;
const NEARLY_UNIQUE = 0.9;

export interface NumberingOptions {
  /** `upper`: the same text in any case is one value (part numbers). */
  key?: 'text' | 'upper';
  /** Number every text, however long (grouping keys: a part number must always find its group). */
  everyLength?: boolean;
}

/** Cell texts as they are, up to MAX_NUMBERED_TEXT long: the default, shared so row rules asking on every row allocate nothing. */
const PLAIN_TEXT: NumberingOptions = Object.freeze({});

/** Part numbers as grouping keys: the same part in any case is one, however long its number. */
export const PART_KEY: NumberingOptions = { key: 'upper', everyLength: true };

/** The numbered values of a field's column, read on first use and kept with the catalog. */
export function columnValues(catalog: Catalog, field: FieldId, options: NumberingOptions = PLAIN_TEXT): ColumnValues {
  return columnValuesAt(catalog, catalog.mapping.columnOf[field], options);
}

/** The same for a column by position (-1, an unmapped field: every cell empty). */
export function columnValuesAt(catalog: Catalog, column: number, options: NumberingOptions = PLAIN_TEXT): ColumnValues {
  const numbered = cached(catalog, column, options);
  if (numbered) return numbered;
  numberColumnInSteps(catalog, column, options)(Infinity);
  return cached(catalog, column, options)!;
}

/**
 * A field's numbered values when its column has been numbered already (as cell texts, the default
 * numbering), or undefined: for a quick answer where a column may or may not be numbered.
 */
export function numberedValuesIfRead(catalog: Catalog, field: FieldId): ColumnValues | undefined {
  return cached(catalog, catalog.mapping.columnOf[field], PLAIN_TEXT);
}

function slotOf(column: number, { key = 'text', everyLength = false }: NumberingOptions): number {
  return (column + 1) * 4 + (key === 'upper' ? 2 : 0) + (everyLength ? 1 : 0);
}

function cached(catalog: Catalog, column: number, options: NumberingOptions): ColumnValues | undefined {
  return catalog.numbered[slotOf(column, options)];
}

/**
 * Number a column a part at a time (see work-steps.ts); once finished, columnValuesAt answers
 * from the catalog's cache. The validation numbers the columns its rules read before any rule
 * runs, so a service worker is never held for a whole column.
 */
export function numberColumnInSteps(catalog: Catalog, column: number, options: NumberingOptions = {}): Steps {
  const store = catalog.numbered;
  const slot = slotOf(column, options);
  if (store[slot]) return NO_STEPS;
  const upper = options.key === 'upper';
  const everyLength = options.everyLength ?? false;
  const cells = catalog.cells;
  const rowCount = cells.rowCount;
  const ids = new Int32Array(rowCount);
  if (column < 0) {
    store[slot] = { ids, texts: [''] };
    return NO_STEPS;
  }
  const maxLength = everyLength ? Infinity : MAX_NUMBERED_TEXT;
  const asRead = cells.numberedColumn?.(column) ?? null;
  // The most distinct texts there can be: the reader's (each numbered once), or one a row for a
  // grouping key, numbered whole (part numbers: nearly one a row). Other columns are given up
  // after the sample when they are that varied, so their slots grow only as they need.
  let distinct = new DistinctTexts(asRead ? asRead.texts.length : everyLength ? rowCount : 0);
  let unnumbered = 0;
  /** The number of a cell as read: its trimmed text's, or UNNUMBERED for a long one. */
  const numberOfCell = (raw: string): number => {
    // Long cells are left out before trimming them: most long cells are long texts.
    if (raw.length > maxLength + 8) return UNNUMBERED;
    const text = trimmed(raw);
    if (text.length > maxLength) return UNNUMBERED;
    return distinct.numberOf(upper ? text.toUpperCase() : text);
  };
  // A column its reader kept as numbers into its distinct texts (a CSV file read by the command
  // line): each of those texts is numbered once, on the first row that has it, and every other
  // row takes that number from an array. The numbers come out as from the loop below.
  const numberOfRead = asRead ? new Int32Array(asRead.texts.length).fill(NOT_YET) : null;
  // Catalogs repeat a value on consecutive lines (one factory's parts, one origin): a cell equal
  // to the one above it has its number without a look-up.
  let previousRaw: string | undefined;
  let previousId = UNNUMBERED;
  let i = 0;
  return (budget) => {
    if (store[slot]) return true;
    const end = Math.min(rowCount, i + budget);
    for (; i < end; i++) {
      if (i === SAMPLE_ROWS && !everyLength && distinct.texts.length + unnumbered > SAMPLE_ROWS * NEARLY_UNIQUE) {
        ids.fill(UNNUMBERED);
        distinct = new DistinctTexts();
        i = rowCount;
        break;
      }
      let id: number;
      if (asRead) {
        const readNumber = asRead.numberOf(i);
        id = numberOfRead![readNumber]!;
        if (id === NOT_YET) numberOfRead![readNumber] = id = numberOfCell(asRead.texts[readNumber]!);
      } else {
        const raw = cells.cell(i, column);
        if (raw === previousRaw) {
          id = previousId;
        } else {
          previousRaw = raw;
          id = previousId = numberOfCell(raw);
        }
      }
      ids[i] = id;
      if (id === UNNUMBERED) unnumbered++;
    }
    if (i < rowCount) return false;
    store[slot] = { ids, texts: distinct.texts };
    return true;
  };
}

