import type { CatalogRow } from '../catalog/catalog';
import type { TableCells } from '../read/table-cells';
import type { Section301List } from '../reference/section301-list';
import { countryCodeOfName, isCountryCode } from '../values/country';
import { classifiableDigits, formatUsCode } from '../values/tariff-code';
import { perDistinctText } from './per-distinct-text';
import { cellFinding, NO_FINDINGS, type RowRule, type RunMemo } from './rule';

/**
 * A Chapter 99 number of the Section 301 actions (9903.88.01–.69 for lists 1 to 4A, 9903.91.xx
 * for the 2024 four-year-review increases), written with or without dots anywhere in the row.
 */
const CHAPTER_99_NUMBER = /(?:^|\D)9903[.\s]?(?:88|91)[.\s]?\d{2}(?:\D|$)/;

/** The heading a filer reports for each rate: list 4A at 7.5%; 25% under lists 1, 2, 3 or the 2024 increases. */
function chapter99Hint(rate: number): string {
  return rate === 7.5 ? '9903.88.15 (list 4A)' : 'the 9903.88.01–.04 or 9903.91 number of the list it is on';
}

/** CN, or China written by name ("China", "P.R.C."); a misspelt origin is origin-invalid's to report, not a guess to act on. */
function isChina(origin: string): boolean {
  const upper = origin.toUpperCase();
  return (isCountryCode(upper) ? upper : countryCodeOfName(origin)) === 'CN';
}

function holdsChapter99Number(cell: string): boolean {
  return cell.includes('9903') && CHAPTER_99_NUMBER.test(cell);
}

/**
 * Whether any cell of the row holds a Chapter 99 number. A table kept by column (a CSV file read by
 * the command line) is searched for them once, column by column, before the first row asks: most
 * catalogs have none, and then no row looks at any of its cells.
 */
function carriesChapter99Number(row: CatalogRow, memo: RunMemo): boolean {
  const { cells, table } = row.catalog;
  if (!cells.rowsHolding) {
    for (const cell of row.cells) if (holdsChapter99Number(cell)) return true;
    return false;
  }
  const carrying = memo.once('duty-301:rows-carrying-chapter-99', () => rowsCarryingChapter99Number(cells, table.headers.length));
  return carrying[row.row - 1] === 1;
}

/** 1 for each row (from 0) with a Chapter 99 number in any of its cells: the cells holding "9903", asked of each column as kept. */
function rowsCarryingChapter99Number(cells: TableCells, columns: number): Uint8Array {
  const carrying = new Uint8Array(cells.rowCount);
  for (let column = 0; column < columns; column++) {
    for (const row of cells.rowsHolding!(column, '9903')) if (holdsChapter99Number(cells.cell(row, column))) carrying[row] = 1;
  }
  return carrying;
}

/** What a row with a code on the Section 301 list is told, worded once per distinct code. */
interface ListedLine {
  message: string;
  fix: string;
}

function lineOnList(hts: string, list: Section301List): ListedLine | null {
  const digits = classifiableDigits(hts, 'US');
  if (!digits) return null;
  const rate = list.rates.get(digits.slice(0, 8));
  if (rate === undefined) return null;
  return {
    message: `${formatUsCode(digits.slice(0, 8))} of Chinese origin is on a Section 301 list (additional ${rate}% duty): report ${chapter99Hint(rate)} with this line.`,
    fix: `Add the Chapter 99 number (${rate === 7.5 ? '9903.88.15' : '9903.88.0x / 9903.91.xx'}) before ${formatUsCode(digits)}.`,
  };
}

export const duty301: RowRule = {
  scope: 'row',
  id: 'duty-301',
  title: 'Section 301 duty on goods of China: Chapter 99 number missing',
  severity: 'warning',
  fields: ['hts', 'origin'],
  jurisdictions: ['US'],
  help:
    'Goods of Chinese origin whose 8-digit HTSUS subheading is on a Section 301 list (USTR, lists 1 to 4A and the 2024 increases) pay an additional ' +
    'duty of 7.5% to 100%, declared by reporting the list\'s Chapter 99 number (9903.88.xx or 9903.91.xx) as an extra tariff number on the line, ' +
    'before the number of the goods themselves. A line without it is rejected or under-declares the duty. Not flagged when the row already carries a 9903 number.',
  source: {
    name: 'Trade Act of 1974 §301 (19 U.S.C. 2411); USTR Section 301 lists; HTSUS Chapter 99 Subchapter III notes 20 and 31; CBP Section 301 trade remedies guidance',
    url: 'https://www.cbp.gov/trade/programs-administration/entry-summary/section-301-trade-remedies',
  },
  skipReason: ({ section301 }) => (section301 ? null : 'needs the Section 301 list, which is built into the extension and the command line'),
  numbered: ['origin', 'hts'],
  check(row, context) {
    const list = context.section301;
    // Catalogs repeat a few dozen origins and a few thousand codes: each is judged once per check.
    if (!list || !perDistinctText(row, context, 'origin', 'duty-301:china', isChina)) return NO_FINDINGS;
    const listed = perDistinctText(row, context, 'hts', 'duty-301:listed', (hts) => lineOnList(hts, list));
    if (!listed || carriesChapter99Number(row, context.memo)) return NO_FINDINGS;
    return [cellFinding(this, row, 'hts', listed.message, { fix: listed.fix })];
  },
};
