/**
 * Reading numbers the way catalogs write them: `1,234.56`, `1.234,56`, `1 234,56`, `1'234.50`,
 * `$12.00`, `EUR 12,50`, `12.5 kg`, `(12.00)` for a negative amount. A cell that cannot be
 * read is reported as unreadable with the reason, never turned into 0 or NaN silently.
 */

/** Which character separates the decimals in a column: decided per column from its values. */
export type DecimalMark = '.' | ',';

export type NumberCell =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; currency?: string; unit?: string }
  | { kind: 'unreadable'; reason: string };

export const EMPTY_CELL: NumberCell = Object.freeze({ kind: 'empty' });

const CURRENCY_SYMBOLS: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '￥': 'CNY',
  'C$': 'CAD',
  'CA$': 'CAD',
  'A$': 'AUD',
  '₹': 'INR',
  '₩': 'KRW',
  'R$': 'BRL',
  'CHF': 'CHF',
  '₽': 'RUB',
  '₺': 'TRY',
  '₫': 'VND',
  '₴': 'UAH',
  // Written after the amount in their countries: "1,200円", "12.50元", "12,5 руб.", "1 250,00 zł", "1.250,00 TL".
  '円': 'JPY',
  '元': 'CNY',
  руб: 'RUB',
  'руб.': 'RUB',
  zł: 'PLN',
  Kč: 'CZK',
  TL: 'TRY',
};

// A leading or trailing currency symbol or 3-letter code, e.g. "USD 12.00", "12,00 €", "$1,200".
const CURRENCY_PREFIX = /^(US\$|C\$|CA\$|A\$|R\$|[$€£¥￥₹₩₽₺₫₴]|[A-Z]{3}(?=[\s\d(+-]))\s*/;
const CURRENCY_SUFFIX = /\s*([$€£¥￥₹₩₽₺₫₴円元]|руб\.?|zł|Kč|TL|[A-Z]{3})$/;
// A trailing unit of measure, in any script: "12.5 kg", "3 pcs", "10 lbs", "2,5 m2", "12.5 公斤", "3 шт.".
const UNIT_SUFFIX = /\s*(\p{L}{1,4}\.?[23²³]?)$/u;
// Full-width digits and marks, as Japanese and Chinese input methods type them: "１２．５".
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const HAS_FULL_WIDTH = /[\uff01-\uff5e]/;
const SPACES = /[\s\u00a0\u202f\u2009']/g;
const PLAIN_DIGITS = /^\d+$/;
const GROUPED_INTEGER = /^\d{1,3}(?:[.,]\d{3})+$/;

/**
 * Which decimal mark a single value proves, or null when it could be either
 * (`1,234` is a thousand in one convention and one-point-two in the other).
 */
export function decimalMarkEvidence(text: string): DecimalMark | null {
  const body = text.replace(/[^\d.,]/g, '');
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (mark === null) return null;
  if (body.indexOf(mark) !== body.lastIndexOf(mark)) return mark === '.' ? ',' : '.';
  const decimals = body.length - body.lastIndexOf(mark) - 1;
  return decimals === 3 && !body.startsWith('0' + mark) ? null : mark;
}

/**
 * The value of a plain decimal cell ("2637.7", "143", "1345,12" in a comma column), or NaN for
 * anything else (empty, grouped, with currency or unit, unreadable). Allocates nothing, so rules
 * can read the numbers of a 100,000-row catalog cheaply and ask parseNumberCell only for the rest.
 */
export function plainNumber(raw: string, decimalMark: DecimalMark): number {
  return plainNumberIn(raw, 0, raw.length, decimalMark);
}

/**
 * The same for the characters `start` up to `end` of a text: a cell of a column kept packed, read
 * without cutting it out (read/column-table.ts).
 */
export function plainNumberIn(text: string, start: number, end: number, decimalMark: DecimalMark): number {
  const mark = decimalMark.charCodeAt(0);
  const length = end - start;
  // Up to 15 significant digits the value is built exactly as an integer and divided by an exact
  // power of ten, which IEEE division rounds correctly: the same number Number() would give,
  // in one pass and without a string copy.
  if (length === 0 || length > 15) return plainNumberSlow(start === 0 && end === text.length ? text : text.substring(start, end), decimalMark);
  let mantissa = 0;
  let decimals = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      if (decimals >= 0) decimals++;
    } else if (code === mark && decimals < 0 && i > start && i < end - 1) {
      decimals = 0;
    } else {
      return Number.NaN;
    }
  }
  return decimals > 0 ? mantissa / POWERS_OF_TEN[decimals]! : mantissa;
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

function plainNumberSlow(raw: string, decimalMark: DecimalMark): number {
  if (!isPlainDecimal(raw, decimalMark)) return Number.NaN;
  const value = Number(decimalMark === '.' ? raw : raw.replace(',', '.'));
  // Hundreds of digits read as Infinity: not plain, so parseNumberCell gives the reason.
  return Number.isFinite(value) ? value : Number.NaN;
}

/** Digits with at most one decimal mark between digits ("2637.7", "143"): the fast path's test, without a regex. */
function isPlainDecimal(raw: string, decimalMark: DecimalMark): boolean {
  const mark = decimalMark.charCodeAt(0);
  let seenMark = false;
  const length = raw.length;
  if (length === 0) return false;
  for (let i = 0; i < length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    if (code !== mark || seenMark || i === 0 || i === length - 1) return false;
    seenMark = true;
  }
  return true;
}

/** Parse one cell. `decimalMark` settles values like `1,234` that could be read either way. */
export function parseNumberCell(raw: string, decimalMark: DecimalMark = '.'): NumberCell {
  // Most cells of a large catalog are plain decimals: read those without the general path.
  if (isPlainDecimal(raw, decimalMark)) {
    const value = Number(decimalMark === '.' ? raw : raw.replace(',', '.'));
    if (Number.isFinite(value)) return { kind: 'number', value };
  }
  let text = raw.trim();
  if (text === '') return EMPTY_CELL;
  if (HAS_FULL_WIDTH.test(text)) text = text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }

  let currency: string | undefined;
  const prefix = CURRENCY_PREFIX.exec(text);
  if (prefix) {
    currency = CURRENCY_SYMBOLS[prefix[1]!] ?? prefix[1];
    text = text.slice(prefix[0].length);
  }
  if (text.startsWith('-') || text.startsWith('+') || text.startsWith('\u2212')) {
    negative = negative !== (text[0] !== '+');
    text = text.slice(1).trim();
  }
  if (!currency) {
    const suffix = CURRENCY_SUFFIX.exec(text);
    if (suffix && /\d/.test(text)) {
      const code = CURRENCY_SYMBOLS[suffix[1]!] ?? suffix[1]!;
      // Three trailing letters are a currency only when they are upper case ("12 EUR"), not a unit ("12 pcs").
      if (Object.hasOwn(CURRENCY_SYMBOLS, suffix[1]!) || suffix[1] === suffix[1]!.toUpperCase()) {
        currency = code;
        text = text.slice(0, suffix.index);
      }
    }
  }
  let unit: string | undefined;
  const unitMatch = UNIT_SUFFIX.exec(text);
  if (unitMatch && unitMatch.index > 0 && /\d\s*$/.test(text.slice(0, unitMatch.index))) {
    unit = unitMatch[1];
    text = text.slice(0, unitMatch.index);
  }

  const value = parseDigits(text.replace(SPACES, ''), decimalMark);
  if (value === null) {
    return { kind: 'unreadable', reason: `"${raw.trim()}" is not a number` };
  }
  // Hundreds of digits read as Infinity (doubles end near 1.8e308): a paste error, never an amount.
  if (!Number.isFinite(value)) {
    return { kind: 'unreadable', reason: `"${raw.trim()}" has too many digits to be an amount` };
  }
  const result: NumberCell = { kind: 'number', value: negative ? -value : value };
  if (currency) result.currency = currency;
  if (unit) result.unit = unit;
  return result;
}

function parseDigits(body: string, decimalMark: DecimalMark): number | null {
  if (body === '') return null;
  if (PLAIN_DIGITS.test(body)) return Number(body);
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let decimal: DecimalMark | null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimal = lastDot > lastComma ? '.' : ',';
  } else {
    const evidence = decimalMarkEvidence(body);
    const mark = lastDot >= 0 ? '.' : ',';
    // A single separator followed by exactly three digits is ambiguous: the column decides.
    decimal = evidence ?? (GROUPED_INTEGER.test(body) && mark !== decimalMark ? null : mark);
    if (evidence !== null && evidence !== mark) decimal = null;
  }
  let integerPart = body;
  let fraction = '';
  if (decimal !== null) {
    const at = body.lastIndexOf(decimal);
    integerPart = body.slice(0, at);
    fraction = body.slice(at + 1);
    if (!PLAIN_DIGITS.test(fraction)) return null;
  }
  if (integerPart === '') integerPart = '0';
  if (!PLAIN_DIGITS.test(integerPart)) {
    // Grouping separators must sit between groups of exactly three digits.
    if (!/^\d{1,3}(?:[.,]\d{3})+$/.test(integerPart)) return null;
    const group = integerPart.replace(/\d/g, '')[0];
    if (group === decimal) return null;
    if (integerPart.replace(/\d/g, '').split('').some((c) => c !== group)) return null;
    integerPart = integerPart.replace(/[.,]/g, '');
  }
  return Number(fraction ? `${integerPart}.${fraction}` : integerPart);
}

/** How many values prove each decimal mark. */
export interface DecimalMarkVotes {
  dots: number;
  commas: number;
}

export function decimalMarkVotes(values: Iterable<string>): DecimalMarkVotes {
  const votes = { dots: 0, commas: 0 };
  for (const value of values) {
    const evidence = decimalMarkEvidence(value);
    if (evidence === '.') votes.dots++;
    else if (evidence === ',') votes.commas++;
  }
  return votes;
}

/** The mark most values prove; the fallback on a tie (no evidence included). */
export function markOfVotes({ dots, commas }: DecimalMarkVotes, fallback: DecimalMark = '.'): DecimalMark {
  if (dots === commas) return fallback;
  return dots > commas ? '.' : ',';
}

/**
 * Decide a column's decimal mark from the values that prove one. Ties and columns without
 * evidence fall back to the catalog-wide mark, so `1,234` reads as 1234 in an English export
 * and as 1.234 next to `12,5` in a German one.
 */
export function inferDecimalMark(values: Iterable<string>, fallback: DecimalMark = '.'): DecimalMark {
  return markOfVotes(decimalMarkVotes(values), fallback);
}
