import { countryCodeOfName, isCountryCode } from '../values/country';
import { isHs2022Subheading } from '../reference/hs2022';
import { guessCurrencyCode, isCurrencyCode } from '../values/currency';
import { INCOTERMS_2020, WITHDRAWN_INCOTERMS } from '../values/incoterms';
import { midFormatProblem } from '../values/manufacturer-id';
import { parseNumberCell } from '../values/number';
import { isKnownQuantityUnit } from '../values/quantity-unit';
import { cellsOfRows, type TableCells } from '../read/table-cells';

/** The kinds of value a column can be recognised by, whatever its header says. */
export const VALUE_KINDS = [
  'tariff-code',
  'country',
  'currency',
  'mid',
  'incoterm',
  'quantity-unit',
  'number',
  'text',
  'identifier',
] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

/** What a column's values look like: the share of its sampled cells of each kind. */
export interface ColumnContent {
  /** Non-empty cells looked at. */
  sampled: number;
  shares: Record<ValueKind, number>;
  /** Whole numbers counting up by a fixed step (1, 2, 3… or 10, 20, 30…): line numbers. */
  lineNumbers: boolean;
  /** Every sampled value distinct (part numbers, MIDs), no value repeated. */
  allDistinct: boolean;
  /** A few values of the column's main kind, for the mapping explanation. */
  examples: Partial<Record<ValueKind, string[]>>;
}

/** Enough cells to tell a column's kind; reading more would cost time on 100,000-row tables. */
export const SAMPLE_CELLS = 200;
const EXAMPLES = 3;
const EXAMPLE_LENGTH = 30;

// 6, 8 or 10 digits, with the dots, spaces or dashes catalogs write between groups: 8471.30.0100.
const TARIFF_CODE = /^\d{4}(?:[.\s-]?\d{2}){1,3}$/;
const IDENTIFIER = /^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-_./]{2,39}$/;
const NAME_LIKE = /^[\p{L}][\p{L} .'’-]{2,29}$/u;

function kindsOf(cell: string): ValueKind[] {
  const kinds: ValueKind[] = [];
  const upper = cell.toUpperCase();
  // Ten digits are also what order and document numbers look like (SAP's 45000…): a tariff code
  // starts with a subheading of the Harmonized System.
  if (TARIFF_CODE.test(cell) && isHs2022Subheading(cell.replace(/\D/g, '').slice(0, 6))) kinds.push('tariff-code');
  if (upper.length === 2 ? isCountryCode(upper) : NAME_LIKE.test(cell) && countryCodeOfName(cell) !== undefined) kinds.push('country');
  // Two letters are a country ("US"), not the currency a loose alias would make of them.
  if (upper.length === 3 ? isCurrencyCode(upper) || guessCurrencyCode(upper) !== undefined : upper.length !== 2 && guessCurrencyCode(cell) !== undefined) kinds.push('currency');
  if (cell.length >= 6 && midFormatProblem(cell) === null) kinds.push('mid');
  const term = upper.split(/[\s,]/)[0]!;
  if (INCOTERMS_2020.has(term) || Object.hasOwn(WITHDRAWN_INCOTERMS, term)) kinds.push('incoterm');
  if (cell.length <= 8 && isKnownQuantityUnit(cell)) kinds.push('quantity-unit');
  if (parseNumberCell(cell).kind === 'number' || parseNumberCell(cell, ',').kind === 'number') kinds.push('number');
  if (IDENTIFIER.test(cell)) kinds.push('identifier');
  // Words a person wrote: what descriptions, names and addresses are made of.
  if (/\p{L}{3}/u.test(cell) && cell.includes(' ')) kinds.push('text');
  return kinds;
}

/** Read the first cells of one column and say what kind of values it holds. */
export function describeColumn(table: TableCells | readonly (readonly string[])[], column: number): ColumnContent {
  const cells = isRows(table) ? cellsOfRows(table) : table;
  const counts = Object.fromEntries(VALUE_KINDS.map((kind) => [kind, 0])) as Record<ValueKind, number>;
  const examples: Partial<Record<ValueKind, string[]>> = {};
  // The kinds of each distinct cell, read once: units, countries and currencies repeat down a column.
  const seen = new Map<string, ValueKind[]>();
  const integers: number[] = [];
  let sampled = 0;
  let allDistinct = true;
  for (let i = 0; i < cells.rowCount && sampled < SAMPLE_CELLS; i++) {
    const cell = cells.cell(i, column).trim();
    if (cell === '') continue;
    sampled++;
    let kinds = seen.get(cell);
    if (kinds) allDistinct = false;
    else seen.set(cell, (kinds = kindsOf(cell)));
    if (/^\d{1,7}$/.test(cell)) integers.push(Number(cell));
    for (const kind of kinds) {
      counts[kind]++;
      const list = (examples[kind] ??= []);
      const shown = cell.length > EXAMPLE_LENGTH ? `${cell.slice(0, EXAMPLE_LENGTH - 1)}…` : cell;
      if (list.length < EXAMPLES && !list.includes(shown)) list.push(shown);
    }
  }
  const shares = Object.fromEntries(VALUE_KINDS.map((kind) => [kind, sampled === 0 ? 0 : counts[kind] / sampled])) as Record<ValueKind, number>;
  return { sampled, shares, lineNumbers: integers.length === sampled && countsUp(integers), allDistinct, examples };
}

function isRows(table: TableCells | readonly (readonly string[])[]): table is readonly (readonly string[])[] {
  return Array.isArray(table);
}

/** 1, 2, 3… or 10, 20, 30…: at least three values, each the one before plus the same step. */
function countsUp(values: readonly number[]): boolean {
  if (values.length < 3) return false;
  const step = values[1]! - values[0]!;
  if (step <= 0 || step > 100) return false;
  for (let i = 2; i < values.length; i++) if (values[i]! - values[i - 1]! !== step) return false;
  return true;
}
