/**
 * Text taken from catalogs and pages, made safe to show and to write into spreadsheets.
 *
 * A cell can hold characters that change how text looks without being seen: bidi controls
 * (U+202E turns "exe.fdp" into what reads as "pdf.exe", "Trojan Source", CVE-2021-42574),
 * zero-width characters, control characters, lone surrogates. Every extension page, the CSV
 * export and the command line's text report show them as a visible code such as `[U+202E]`;
 * the JSON export keeps the exact value and flags it (see issues-export.ts).
 */

/**
 * Characters shown as a code. Unicode general categories: Cc (control, except tab, line feed and
 * carriage return, which are ordinary layout in a cell), Cf (format: bidi embeddings, overrides,
 * isolates and marks U+202A–E, U+2066–9, U+200E/F, U+061C; zero-width space and joiners; word
 * joiner; BOM; soft hyphen; invisible tag characters U+E0000–E007F, used to smuggle hidden
 * text), Cs (lone surrogates: not text at all), Zl / Zp (line and paragraph separators, which
 * break lines where the filer sees none), and the Hangul fillers, letters that draw nothing.
 */
const HIDDEN = /[\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u115F\u1160\u3164\uFFA0]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');

/** `[U+202E]`: how a hidden character is written where it would otherwise act unseen. */
function codeOf(character: string): string {
  return `[U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
}

/**
 * Ranges of UTF-16 code units, first and last, that hold no hidden character: printable ASCII
 * with tab, line feed and carriage return; Latin-1 and the alphabets up to Hebrew (U+00A0–U+05FF)
 * but the soft hyphen; the dashes, quotes, bullets and ellipsis of General Punctuation; currency
 * signs, letter-like symbols, arrows and mathematical operators (U+20A0–U+22FF). A text made only
 * of these is passed by a plain pattern, many times faster than the Unicode one, so catalog text
 * in European languages, and our own messages with their "–", "×" and "→", never reach it.
 * safe-text.test.ts compares hasHiddenCharacters with HIDDEN for every code unit, so a Unicode
 * version that made one of these hidden would be caught.
 */
const SURELY_VISIBLE: readonly (readonly [number, number])[] = [
  [0x09, 0x0a],
  [0x0d, 0x0d],
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x5ff],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x22ff],
];
const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;
const SURELY_VISIBLE_CLASS = SURELY_VISIBLE.map(([first, last]) => `${hex(first)}-${hex(last)}`).join('');
const BEYOND_SURELY_VISIBLE = new RegExp(`[^${SURELY_VISIBLE_CLASS}]`);

/** Whether the text holds a character that acts without being seen. */
export function hasHiddenCharacters(text: string): boolean {
  return BEYOND_SURELY_VISIBLE.test(text) && HIDDEN.test(text);
}

/** The text with every hidden character written as its code: "abc\u202Efdp.exe" → "abc[U+202E]fdp.exe". */
export function revealHidden(text: string): string {
  return hasHiddenCharacters(text) ? text.replace(HIDDEN_ALL, codeOf) : text;
}

/** The text without its hidden characters, for places too small for codes (a file name). */
export function removeHidden(text: string): string {
  return text.replace(HIDDEN_ALL, '');
}

/**
 * Spreadsheet programs run a cell starting with = + - @ as a formula (OWASP "CSV injection"),
 * and tab or carriage return open the same door. They find the sign behind leading spaces and
 * invisible characters, and East Asian input methods type the fullwidth forms ＝＋－＠ (or the
 * small forms ﹦﹢﹣﹫), which some programs also take as formulas. NFKC folds those to ASCII.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const SKIPPED_LEAD = new RegExp(`^(?:\\s|${HIDDEN.source})+`, 'u');

export function looksLikeFormula(text: string): boolean {
  if (FORMULA_START.test(text)) return true;
  const rest = text.replace(SKIPPED_LEAD, '');
  const first = String.fromCodePoint(rest.codePointAt(0) ?? 0x20);
  return FORMULA_START.test(first.normalize('NFKC'));
}

/** A leading apostrophe makes a spreadsheet show the cell as text, and is itself not shown. */
export function neutralizeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** A cell of an exported CSV file: hidden characters as codes, formulas as text. */
export function csvCellText(text: string): string {
  return neutralizeFormula(revealHidden(text));
}
