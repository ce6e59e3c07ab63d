/**
 * How pagers say "next", "previous" and where the reader is, in the languages customs portals and
 * ERP screens are used in. A pager the extension does not understand is read as one page while the
 * popup says the table was checked: a Spanish portal's "Siguiente" and "Mostrando 51 a 75 de 2.000
 * registros" must read as surely as DataTables' English. The words are those of the grid libraries'
 * own translations (DataTables, MUI, Ant Design, PrimeVue, Kendo) and of browsers' and portals'
 * pagers; the status lines are read by their shape (three numbers, the first two a range within the
 * third), so a wording not listed here still reads when its numbers are in a usual order.
 */

/** A control's name, lower case, without the arrows and guillemets pagers decorate words with ("Weiter »"). */
function coreName(name: string): string {
  return name
    .toLowerCase()
    // A capital İ (Turkish "İleri") lowers to i and a combining dot.
    .replace(/i\u0307/g, 'i')
    .replace(/^[\s«»‹›<>←→⟨⟩❮❯◀▶◄►|.:]+|[\s«»‹›<>←→⟨⟩❮❯◀▶◄►|.:]+$/g, '')
    .replace(/\s+/g, ' ');
}

const NEXT_WORDS = new Set([
  'next', 'next page', 'go to next page', 'go to the next page', 'show next page',
  'siguiente', 'página siguiente', 'pág. siguiente', 'ir a la página siguiente', 'sig',
  'suivant', 'suivante', 'page suivante', 'aller à la page suivante',
  'weiter', 'nächste', 'nächste seite', 'zur nächsten seite', 'vor', 'vorwärts',
  'successivo', 'successiva', 'pagina successiva', 'avanti',
  'volgende', 'volgende pagina',
  'próximo', 'próxima', 'próxima página', 'seguinte', 'página seguinte',
  'następna', 'następna strona', 'dalej',
  'nästa', 'nästa sida', 'næste', 'næste side', 'neste', 'neste side', 'seuraava', 'seuraava sivu',
  'další', 'další stránka', 'ďalšia', 'következő', 'következő oldal', 'următoarea', 'înainte',
  'следующая', 'следующая страница', 'вперёд', 'вперед', 'далее', 'наступна',
  'sonraki', 'sonraki sayfa', 'ileri', 'επόμενη', 'επόμενη σελίδα', 'التالي', 'الصفحة التالية', 'הבא', 'העמוד הבא',
  'tiếp', 'tiếp theo', 'trang sau', 'trang tiếp', 'trang tiếp theo', 'berikutnya', 'selanjutnya', 'halaman berikutnya', 'seterusnya',
  'sljedeća', 'sledeća', 'naslednja', 'ถัดไป', 'หน้าถัดไป', 'अगला', 'अगला पृष्ठ',
  'siguiente página', 'proxima', 'proxima pagina',
  '次', '次へ', '次のページ', '下一页', '下页', '下一頁', '다음', '다음 페이지',
  // Material Icons ligatures: an icon-only button's text is the icon's name, drawn as an arrow.
  'chevron_right', 'navigate_next', 'keyboard_arrow_right',
]);

const PREVIOUS_WORDS = new Set([
  'prev', 'previous', 'previous page', 'go to previous page', 'go to the previous page', 'show previous page',
  'anterior', 'página anterior', 'pág. anterior', 'ir a la página anterior', 'ant',
  'précédent', 'précédente', 'page précédente', 'aller à la page précédente',
  'zurück', 'vorherige', 'vorherige seite', 'zur vorherigen seite',
  'precedente', 'pagina precedente', 'indietro',
  'vorige', 'vorige pagina',
  'poprzednia', 'poprzednia strona', 'wstecz',
  'föregående', 'föregående sida', 'forrige', 'forrige side', 'edellinen', 'edellinen sivu',
  'předchozí', 'předchozí stránka', 'predchádzajúca', 'előző', 'előző oldal', 'anterioară', 'înapoi',
  'предыдущая', 'предыдущая страница', 'назад', 'попередня',
  'önceki', 'önceki sayfa', 'geri', 'προηγούμενη', 'προηγούμενη σελίδα', 'السابق', 'الصفحة السابقة', 'הקודם', 'העמוד הקודם',
  'trước', 'trang trước', 'sebelumnya', 'halaman sebelumnya', 'prethodna', 'predchodna', 'prejšnja',
  'ก่อนหน้า', 'หน้าก่อนหน้า', 'पिछला', 'पिछला पृष्ठ', 'pagina anterior',
  '前', '前へ', '前のページ', '上一页', '上页', '上一頁', '이전', '이전 페이지',
  'chevron_left', 'navigate_before', 'keyboard_arrow_left',
]);

/** "First page" in the pager languages: the control that goes back to page 1 at once. */
const FIRST_WORDS = new Set([
  'first', 'first page', 'go to first page', 'go to the first page', 'show first page', 'first_page',
  'primero', 'primera', 'primera página', 'ir a la primera página', 'première', 'première page', 'premier', 'aller à la première page',
  'erste', 'erste seite', 'zur ersten seite', 'anfang', 'primo', 'prima', 'prima pagina', 'eerste', 'eerste pagina',
  'primeiro', 'primeira', 'primeira página', 'pierwsza', 'pierwsza strona', 'första', 'första sidan', 'første', 'første side',
  'ensimmäinen', 'první', 'první stránka', 'első', 'első oldal', 'первая', 'первая страница', 'в начало', 'ilk', 'ilk sayfa',
  'đầu', 'trang đầu', 'pertama', 'halaman pertama', '最初', '最初のページ', '先頭', '首页', '第一页', '首頁', '처음', '첫 페이지',
]);

/** Whether a control named `name` goes to the first page ("First", "Erste Seite", "首页"). */
export function namesFirst(name: string): boolean {
  return FIRST_WORDS.has(coreName(name));
}

/** A class naming the first-page control (`pagination-first`, `p-paginator-first`, `btn-first`). */
export function classNamesFirst(className: string): boolean {
  return /(?:^|[\s_-])first(?:$|[\s_-])/i.test(className);
}

/** A control drawn as one arrow: ›, >, →. `»` is left out here: many pagers draw "last page" with it. */
const NEXT_GLYPH = /^\s*[›>→⟩❯▶►]\s*$/;
const PREVIOUS_GLYPH = /^\s*[‹<←⟨❮◀◄]\s*$/;
/** `»` and `«`, taken for Next and Previous only when a pager has no control named more plainly (Bootstrap's examples). */
const NEXT_GUILLEMET = /^\s*»\s*$/;
const PREVIOUS_GUILLEMET = /^\s*«\s*$/;

export type Direction = 'next' | 'previous';

/** Whether a control named `name` (its label, title or text) moves one page that way. */
export function namesDirection(name: string, direction: Direction): boolean {
  if ((direction === 'next' ? NEXT_GLYPH : PREVIOUS_GLYPH).test(name)) return true;
  return (direction === 'next' ? NEXT_WORDS : PREVIOUS_WORDS).has(coreName(name));
}

/** The weaker sign: a lone guillemet, which some pagers use for the last or first page instead. */
export function guillemetFor(name: string, direction: Direction): boolean {
  return (direction === 'next' ? NEXT_GUILLEMET : PREVIOUS_GUILLEMET).test(name);
}

/**
 * A class that names the control's direction, for icon-only controls without a label (Element's
 * `btn-next`, DataTables' `paginate_button next`, PrimeVue's `p-paginator-next`, `page-next`).
 * "first" and "last" controls are not matched: their classes say so instead.
 */
export function classNamesDirection(className: string, direction: Direction): boolean {
  const word = direction === 'next' ? 'next' : '(?:prev|previous)';
  return new RegExp(`(?:^|[\\s_-])${word}(?:$|[\\s_-])`, 'i').test(className);
}

/**
 * The controls of pagers and growing lists: what a user presses. A form's buttons drawn as inputs
 * too: a portal whose server pages by posting its form (ASP.NET's Buttons, JSF's and Struts'
 * command buttons) draws Next as `<input type="submit" value="Next">`.
 */
export const PAGER_CONTROLS = 'button, a, [role="button"], [role="link"], input[type="submit"], input[type="button"], input[type="image"]';

/**
 * A pager's controls may also be bare images that a script listens to: jQuery plugins bind their
 * clicks by class (tablesorter's pager add-on, as its demo is copied: `<img class="next" alt="Next"
 * title="Next page">`). Any image beside a table is a candidate; only one whose class, alternative
 * text or title names a direction (or a page number) is ever pressed. Not a control anywhere else:
 * an image in a table row is no pager there (pager-rows.ts).
 */
export const PAGER_PRESSABLES = `${PAGER_CONTROLS}, img`;

/** Input types that are buttons, named by their value (an image button by its alternative text). */
const BUTTON_INPUTS = new Set(['submit', 'button', 'image']);

/** The words an input button shows: its value (a submit button without one says "Submit"; not a pager's word), or an image button's alt. */
export function inputButtonText(element: Element): string | null {
  if (element.localName !== 'input') return null;
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  if (!BUTTON_INPUTS.has(type)) return null;
  return (type === 'image' ? element.getAttribute('alt') : element.getAttribute('value')) ?? '';
}

/** A count as pagers and growing lists write it: 2000, 2,000, 2.000, 2 000 (with a no-break space), 2'000; never the tail of a longer number. */
export const COUNT_NUMBER = String.raw`(?<!\d)(?:\d{1,3}(?:[,.\u00a0\u202f' ]\d{3})+(?!\d)|\d+)`;
const NUMBER = COUNT_NUMBER;
/** The value of a count as written (its separators dropped). */
export const countValue = (text: string): number => Number(text.replace(/\D/g, ''));
const integer = countValue;

/** Range words longer than the five letters a lower-case word between the numbers may have ("Showing 1 through 25 of 2,000"). */
const LONG_RANGE_WORDS = ['through', 'jusqu’à', "jusqu'à"];

/**
 * The words between a range's two numbers, capitalised or in capitals: portals that write their
 * status in title case ("Showing 1 To 10 Of 57 Entries") or in capitals ("1 TO 25 OF 2,000"). Only
 * these: any capitalised word there would take jqGrid's "40 View 51" for a range (see below).
 */
function capitalisedRangeWords(): string {
  const words = ['to', 'a', 'à', 'al', 'bis', 'tot', 'till', 'til', 'do', 'až', 'až do', 'до', 'по', 'hasta', 'até', 'ate', 'thru', ...LONG_RANGE_WORDS];
  return words.flatMap((word) => [word[0]!.toUpperCase() + word.slice(1), word.toUpperCase()]).join('|');
}

/**
 * "51 to 75 of 1,998", "Mostrando 51 a 75 de 2.000", "1–25 of 100", "显示第 51 至 75 项结果，共 2,000 项",
 * "แสดง 1 ถึง 25 จาก 2,000" (a Thai word's vowels and tones are marks on its letters).
 * The word between the first two numbers is a lower-case (or uncased, CJK) one, as "to", "a",
 * "bis" are: a capitalised word begins a phrase of its own. jqGrid's pager reads "Page [2] of 40
 * View 51 - 100 of 2,000", its page in a box whose value is no text: "40 View 51 - 100" read as
 * a range made page 2 "page 4 of 9", and the walk stopped after 2 of 40 pages. Nor is 共 ("in
 * all") or 页 ("page") a range's word: "5 共80页 显示101" is a page count and the range after it.
 */
const RANGE_THEN_TOTAL = new RegExp(
  String.raw`(${NUMBER})\s*(?:[-–—~]|(?![共页頁])(?:[\p{Ll}\p{Lo}\p{Lm}]\p{M}*){1,5}\.?|${LONG_RANGE_WORDS.join('|')}|${capitalisedRangeWords()})\s*(${NUMBER})\s*([^\d\n]{1,30}?)\s*(${NUMBER})`,
  'u',
);
/**
 * The total first: "2.000 kayıttan 51 - 75 arası", "2,000 件中 51 から 75 まで表示", "총 2,000건 중 1-25"
 * (Korean writes two words there); the range only with a dash or its CJK word, so a date ("4711 of
 * 12 May 2026") is no range.
 */
const TOTAL_THEN_RANGE = new RegExp(String.raw`(${NUMBER})\s*(?:[\p{L}]{1,12}|\p{Script=Hangul}{1,6}\s+\p{Script=Hangul}{1,6})\s*(${NUMBER})\s*(?:[-–—~～]|から|至|到)\s*(${NUMBER})`, 'u');
/** "Page" in the portals' languages. */
export const PAGE_WORD = String.raw`(?:page|página|pagina|pág\.|seite|strona|sida|side|stránka|strana|страница|sayfa|oldal|sivu|σελίδα|trang|ページ|페이지)`;
/** The "of" of "Page 2 of 5" in the portals' languages. */
export const OF_WORD = String.raw`(?:of|de|von|sur|di|van|z|ze|av|af|из|od|/)`;
/**
 * "Page 2 of 5", "Página 2 de 5", "Seite 2 von 5", "Strona 2 z 5", "Page 2/5", "Trang 2 / 80"; and
 * in Chinese the page between 第 and 页 and the count after 共 ("total"): "第 2 页 共 80 页", "第2/80页",
 * jQuery EasyUI's "第 [2] 共80页". Unread, "2 共80页 显示26到50" was a range (2 to 80 of 26) once
 * the page passed 4, and the walk stopped there.
 */
const PAGE_OF = new RegExp(
  String.raw`${PAGE_WORD}\s*(\d+)\s*${OF_WORD}\s*(\d+)|第\s*(\d+)\s*[页頁]?\s*(?:[,，、/]\s*共?|共)\s*(\d+)\s*[页頁]`,
  'iu',
);
/** The page and count with the word after them: "2 / 80 ページ", "2 / 80 페이지", "2/80 页". */
const PAGE_OF_WORD_AFTER = /(\d+)\s*\/\s*(\d+)\s*(?:ページ|페이지|页|頁)/u;
/** The count first: "80ページ中 2ページ目", "80페이지 중 2페이지". */
const PAGES_THEN_PAGE = /(\d+)\s*(?:ページ中|페이지\s*중)\s*(\d+)\s*(?:ページ|페이지)/u;
/** Each way a status line writes its page and count, and where the page is in it. */
const PAGE_OF_FORMS: readonly { pattern: RegExp; page: (found: RegExpExecArray) => string; pages: (found: RegExpExecArray) => string }[] = [
  { pattern: PAGE_OF, page: (found) => found[1] ?? found[3]!, pages: (found) => found[2] ?? found[4]! },
  { pattern: PAGE_OF_WORD_AFTER, page: (found) => found[1]!, pages: (found) => found[2]! },
  { pattern: PAGES_THEN_PAGE, page: (found) => found[2]!, pages: (found) => found[1]! },
];
/** The count before a filter, in parentheses after the range: "(filtered from 2,000 total entries)", "(filtrado de un total de 2.000 registros)". */
const FILTERED_IN_PARENTHESES = new RegExp(String.raw`\(\s*[^()\d]{0,40}?(${NUMBER})[^()\d]{0,30}\)`, 'u');

interface RangeNumbers {
  first: number;
  last: number;
  total: number;
}

export interface RangeStatus extends RangeNumbers {
  /** Rows before a filter, when the line says. */
  unfiltered: number | null;
}

/**
 * Where each pattern's first number can end: its last digit, then spaces, then what the pattern
 * wants right after that number (a dash or a word for RANGE_THEN_TOTAL, a word for
 * TOTAL_THEN_RANGE). A match can start nowhere else (see firstRange).
 */
const RANGE_THEN_TOTAL_FIRST_END = /\d\s*(?=[-–—~]|\p{L})/gu;
const TOTAL_THEN_RANGE_FIRST_END = /\d\s*(?=\p{L})/gu;
/** The patterns tried at one place (sticky); like the two above, only ever used from their lastIndex set just before (readRange runs in one go). */
const RANGE_THEN_TOTAL_AT = new RegExp(RANGE_THEN_TOTAL.source, `${RANGE_THEN_TOTAL.flags}y`);
const TOTAL_THEN_RANGE_AT = new RegExp(TOTAL_THEN_RANGE.source, `${TOTAL_THEN_RANGE.flags}y`);

/**
 * The rows shown and the total a pager's status line gives, or null when it gives none. Each
 * place a range could start is tried in turn: a number just before the line ("Rows per page: 100")
 * can make the first reading fail its check.
 */
export function readRange(text: string): RangeStatus | null {
  return (
    firstRange(RANGE_THEN_TOTAL_AT, RANGE_THEN_TOTAL_FIRST_END, text, (first, match) => ({ first, last: integer(match[2]!), total: integer(match[4]!) })) ??
    firstRange(TOTAL_THEN_RANGE_AT, TOTAL_THEN_RANGE_FIRST_END, text, (total, match) => ({ first: integer(match[2]!), last: integer(match[3]!), total }))
  );
}

/** 0–9 by character code: the digit runs of a status text are walked a character at a time. */
const isDigitAt = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
};
/** The characters a count separates its thousands with (COUNT_NUMBER). */
const THOUSANDS_SEPARATORS = new Set([',', '.', '\u00a0', '\u202f', "'", ' ']);

/** Where a count can start, and where its value starts: its first digit that is not 0 (-1: the count is 0), and how many digits follow from there. */
interface CountStart {
  start: number;
  firstNonZero: number;
  significantDigits: number;
}

/**
 * Where a count (COUNT_NUMBER) ending just before `end` can start, first to last: the digits
 * before `end` as one number, and, while they are groups of three digits with a thousands
 * separator before each, each group that can begin a count written with separators ("1 000 000":
 * at 1, at the first 000 and at the second 000).
 */
function countStartsEndingAt(text: string, end: number): CountStart[] {
  const starts: CountStart[] = [];
  let [runStart, runEnd] = [end, end];
  // Counted from the end: the digits of the groups after this one, and the first non-zero digit among them.
  let [digitsAfter, firstNonZero, significantDigits] = [0, -1, 0];
  while (runStart > 0 && isDigitAt(text, runStart - 1)) runStart--;
  for (;;) {
    for (let i = runEnd - 1; i >= runStart; i--) {
      if (text[i] !== '0') [firstNonZero, significantDigits] = [i, runEnd - i + digitsAfter];
    }
    starts.push({ start: runStart, firstNonZero, significantDigits });
    digitsAfter += runEnd - runStart;
    // A group of three after a separator: the digits before the separator may begin the count.
    if (runEnd - runStart !== 3 || runStart < 2 || !THOUSANDS_SEPARATORS.has(text[runStart - 1]!) || !isDigitAt(text, runStart - 2)) break;
    runEnd = runStart - 1;
    runStart = runEnd;
    while (runStart > 0 && isDigitAt(text, runStart - 1)) runStart--;
    // More than three digits cannot begin a count written in groups.
    if (runEnd - runStart > 3) break;
  }
  return starts.reverse();
}

/** A count of more than 21 significant digits is at least this: compared with smaller numbers, its exact value does not matter. */
const HUGE_COUNT = 1e21;

/**
 * The first match of `pattern` in `text`, left to right, whose numbers are a range (isRange);
 * the same as trying `pattern` at every place in turn, without its cost. Tried at every place, a
 * 150 KB text full of numbers (a table of figures beside the table) took 16–90 ms, and each run
 * of three-digit numbers with spaces between ("120 450 300 …") was matched as one long count
 * again from each of its numbers. A match begins with a count followed, after spaces, by a dash
 * or a word: so it can only begin at a count that ends where `firstEnd` matches (a digit, spaces,
 * a dash or a word), and at one of the places countStartsEndingAt gives. From all those places
 * the rest of the match is the same (it begins at the same place, after that count): `pattern`
 * is tried at the first, and only its first number differs at the others. That number's value is
 * read from its significant digits, so a long run of groups is not read again from each group.
 */
function firstRange(atStart: RegExp, ends: RegExp, text: string, read: (leadingCount: number, match: RegExpExecArray) => RangeNumbers): RangeStatus | null {
  ends.lastIndex = 0;
  for (let end = ends.exec(text); end; end = ends.exec(text)) {
    const countEnd = end.index + 1;
    let runStart = countEnd - 1;
    while (runStart > 0 && isDigitAt(text, runStart - 1)) runStart--;
    // Most counts are one run of digits: one place to try, its count the match's own.
    const grouped = countEnd - runStart === 3 && runStart >= 2 && THOUSANDS_SEPARATORS.has(text[runStart - 1]!) && isDigitAt(text, runStart - 2);
    const starts = grouped ? countStartsEndingAt(text, countEnd) : null;
    atStart.lastIndex = starts ? starts[0]!.start : runStart;
    const found = atStart.exec(text);
    if (!found) continue;
    const matchEnd = found.index + found[0].length;
    if (!starts) {
      const numbers = read(integer(found[1]!), found);
      if (isRange(numbers.first, numbers.last, numbers.total)) return { ...numbers, unfiltered: filteredAfter(text, matchEnd, numbers.total) };
      continue;
    }
    const exact = ({ firstNonZero }: CountStart): number => (firstNonZero < 0 ? 0 : integer(text.slice(firstNonZero, countEnd)));
    // The other two numbers are the same from every start.
    const withoutLeading = read(0, found);
    const othersSmall = withoutLeading.first < HUGE_COUNT && withoutLeading.last < HUGE_COUNT && withoutLeading.total < HUGE_COUNT;
    for (const start of starts) {
      const huge = start.significantDigits > 21 && othersSmall;
      const { first, last, total } = read(huge ? Infinity : exact(start), found);
      if (!isRange(first, last, total)) continue;
      const numbers = huge ? read(exact(start), found) : { first, last, total };
      return { ...numbers, unfiltered: filteredAfter(text, matchEnd, numbers.total) };
    }
  }
  return null;
}

/** What pagers count rows as, in the portals' languages ("items", "Einträge", "registros"…). */
const ITEM_WORD = String.raw`(?:items?|records?|rows?|entries|elements?|elemente|einträge|datensätze|zeilen|elementos|registros|filas|éléments|enregistrements|lignes|elementi|righe|itens|linhas|pozycj[ie]|rekord(?:y|ów)?|položek|záznamů)`;
/** "300 items in 12 pages" (Telerik's pager), "300 Elemente auf 12 Seiten", "300 elementos en 12 páginas"… */
const ITEMS_IN_PAGES = new RegExp(String.raw`(${COUNT_NUMBER})\s+${ITEM_WORD}\s+(?:in|auf|en|dans|em|su|na|w|ve)\s+(${COUNT_NUMBER})\s+(?:pages?|seiten?|páginas?|pagine|pagina|strona?ch|stran(?:ách)?)`, 'iu');
/** "(300 items)" after "Page 1 of 12" (DevExpress's pager), "(300 Einträge)"…: the rows counted in parentheses. */
const ITEM_COUNT = new RegExp(String.raw`\(\s*(${COUNT_NUMBER})\s+${ITEM_WORD}\s*\)`, 'iu');

/** The rows a pager counts in parentheses ("Page 1 of 12 (300 items)"), or null. */
export function readItemCount(text: string): number | null {
  const found = ITEM_COUNT.exec(text);
  return found ? countValue(found[1]!) : null;
}

/** The rows and pages a pager counts in words ("300 items in 12 pages"), or null. */
export function readItemsInPages(text: string): { total: number; pages: number } | null {
  const found = ITEMS_IN_PAGES.exec(text);
  if (!found) return null;
  const [total, pages] = [countValue(found[1]!), countValue(found[2]!)];
  return pages >= 1 && total >= pages ? { total, pages } : null;
}

/** "0 to 0 of 0" (an empty table) or a range within its total. */
function isRange(first: number, last: number, total: number): boolean {
  if (total === 0) return first <= 1 && last === 0;
  return first >= 1 && first <= last && last <= total;
}

function filteredAfter(text: string, from: number, total: number): number | null {
  const filtered = FILTERED_IN_PARENTHESES.exec(text.slice(from));
  if (!filtered) return null;
  const unfiltered = integer(filtered[1]!);
  return unfiltered >= total ? unfiltered : null;
}

/** Every "Page 2 of 5" of a text, for withoutPageOf. */
const EVERY_PAGE_OF = PAGE_OF_FORMS.map(({ pattern }) => new RegExp(pattern.source, 'giu'));

/**
 * The text without its "Page 2 of 5": read for a range, "Page 1 of 12 (300 items)" was rows 1 to 12
 * of 300.
 */
export function withoutPageOf(text: string): string {
  return EVERY_PAGE_OF.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

/**
 * The number of pages in "3 of 100" (jsGrid's "Pages: First Prev 1 2 3 4 5 ... Next Last 3 of 100",
 * "3 / 12"), where 3 is the page the pager marks as shown: without the word "Page" beside it, a
 * count is a page count only when it starts from the page shown. Null when the text has none.
 */
export function readPagesFrom(text: string, shownPage: number): number | null {
  const found = new RegExp(String.raw`(?:^|\D)${shownPage}\s*${OF_WORD}\s*(\d+)(?!\d)`, 'iu').exec(text);
  const pages = found ? Number(found[1]) : null;
  return pages !== null && pages >= shownPage ? pages : null;
}

/**
 * "page 2", "Seite 2", "Página 2" with no count after it: a pager whose server does not count its
 * rows says only the page shown (Carbon's `pages-unknown`). Not a page size ("25 per page", "Zeilen
 * pro Seite 25"), nor a word that only ends in one ("homepage 2").
 */
const PAGE_ALONE = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:per|pro|por|par|each|je|na)\s+)${PAGE_WORD}\s*(\d+)(?![\d\p{L}])(?!\s*${OF_WORD}\s*\d)`,
  'giu',
);

/** "第 2 页" (Chinese: the page between 第 and 页) with no count (共 80 页) after it. */
const CHINESE_PAGE_ALONE = /第\s*(\d+)\s*[页頁](?!\s*[,，、/]?\s*共?\s*\d)/gu;

/** The page a status line names without saying how many there are ("page 2"), or null: null too when it names two. */
export function readPageAlone(text: string): number | null {
  const named = [...text.matchAll(PAGE_ALONE), ...text.matchAll(CHINESE_PAGE_ALONE)];
  const pages = new Set(named.map((found) => Number(found[1])));
  const [page] = pages;
  return pages.size === 1 && page! >= 1 ? page! : null;
}

/** The page shown and the number of pages a status line gives ("Page 2 of 5" in its languages), or null. */
export function readPageOf(text: string): { page: number; pages: number } | null {
  for (const form of PAGE_OF_FORMS) {
    const found = form.pattern.exec(text);
    if (!found) continue;
    const [page, pages] = [Number(form.page(found)), Number(form.pages(found))];
    if (page >= 1 && page <= pages) return { page, pages };
  }
  return null;
}
