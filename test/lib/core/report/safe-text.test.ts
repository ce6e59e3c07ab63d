import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/core/model/finding';
import { issuesCsv } from '../../../../lib/core/report/issues-csv';
import { toIssuesExport } from '../../../../lib/core/report/issues-export';
import { csvCellText, hasHiddenCharacters, looksLikeFormula, neutralizeFormula, removeHidden, revealHidden } from '../../../../lib/core/report/safe-text';
import { textReport } from '../../../../lib/core/report/text-report';
import { validateTable } from '../../../../lib/core/validate';

/** Payloads that act unseen, and how every page and the CSV show them. */
const HIDDEN_PAYLOADS: [name: string, text: string, shown: string][] = [
  ['right-to-left override (file name spoofing)', 'invoice\u202Efdp.exe', 'invoice[U+202E]fdp.exe'],
  ['left-to-right override', 'a\u202Db', 'a[U+202D]b'],
  ['embeddings and pop', '\u202A\u202B\u202Cx', '[U+202A][U+202B][U+202C]x'],
  ['isolates', '\u2066\u2067\u2068x\u2069', '[U+2066][U+2067][U+2068]x[U+2069]'],
  ['LRM, RLM and Arabic letter mark', '\u200E\u200F\u061C', '[U+200E][U+200F][U+061C]'],
  ['zero-width space, joiners, word joiner, BOM', '8471\u200B.30\u200C\u200D\u2060\uFEFF', '8471[U+200B].30[U+200C][U+200D][U+2060][U+FEFF]'],
  ['soft hyphen', 'Lap\u00ADtop', 'Lap[U+00AD]top'],
  ['terminal escape and NUL', '\u001B[2Jcleared\u0000', '[U+001B][2Jcleared[U+0000]'],
  ['DEL and a C1 control', 'x\u007F\u0085', 'x[U+007F][U+0085]'],
  ['line and paragraph separators', 'one\u2028two\u2029', 'one[U+2028]two[U+2029]'],
  ['lone surrogates', 'a\uD800b\uDFFF', 'a[U+D800]b[U+DFFF]'],
  ['invisible tag characters (hidden ASCII)', 'ok\u{E0049}\u{E0047}', 'ok[U+E0049][U+E0047]'],
  ['Hangul filler', 'DE\u3164', 'DE[U+3164]'],
];

/** Text that must pass unchanged: letters of every script, layout a filer typed, emoji-free symbols. */
const ORDINARY_TEXT = [
  'Laptop computers, 14" (aluminium)',
  'Schrauben M6 × 40 — verzinkt',
  'ברגים מפלדה', // Hebrew: right-to-left by its letters, not by a control; shown as the filer wrote it
  'مسامير فولاذية',
  '不锈钢螺丝',
  'Line one\nline two\tafter a tab',
  '8471.30.0100',
  '',
];

describe('hidden characters', () => {
  it.each(HIDDEN_PAYLOADS)('%s are found and written as codes', (_name, text, shown) => {
    expect(hasHiddenCharacters(text)).toBe(true);
    expect(revealHidden(text)).toBe(shown);
    expect(hasHiddenCharacters(revealHidden(text))).toBe(false);
    expect(revealHidden(revealHidden(text))).toBe(shown);
    expect(hasHiddenCharacters(removeHidden(text))).toBe(false);
  });

  it.each(ORDINARY_TEXT)('leave ordinary text %j as it is', (text) => {
    expect(hasHiddenCharacters(text)).toBe(false);
    expect(revealHidden(text)).toBe(text);
    expect(removeHidden(text)).toBe(text);
  });
});

/** Cells a spreadsheet would run as a formula, in the disguises seen in CSV-injection reports. */
const FORMULA_PAYLOADS: [name: string, text: string][] = [
  ['equals', '=HYPERLINK("http://x","click")'],
  ['plus', '+1+1'],
  ['minus', '-2+3'],
  ['at', '@SUM(A1)'],
  ['tab', '\t=1'],
  ['carriage return', '\r=1'],
  ['leading space', ' =cmd|"/c calc"!A1'],
  ['leading spaces and a no-break space', '  \u00A0=1+1'],
  ['leading line feed', '\n=1+1'],
  ['zero-width space', '\u200B=1+1'],
  ['BOM and word joiner', '\uFEFF\u2060+1'],
  ['bidi override first', '\u202E=1+1'],
  ['fullwidth equals', '\uFF1DSUM(A1)'],
  ['fullwidth plus', '\uFF0B1'],
  ['fullwidth minus', '\uFF0D1'],
  ['fullwidth at', '\uFF20SUM(A1)'],
  ['small equals', '\uFE66SUM(A1)'],
  ['space then fullwidth equals', ' \uFF1D1'],
];

describe('the spreadsheet formula guard', () => {
  it.each(FORMULA_PAYLOADS)('neutralises a formula behind %s', (_name, text) => {
    expect(looksLikeFormula(text)).toBe(true);
    expect(neutralizeFormula(text)).toBe(`'${text}`);
    // In the CSV file the hidden characters are shown as codes; what is left never starts a formula.
    const cell = csvCellText(text);
    expect(cell.startsWith("'") || !looksLikeFormula(cell)).toBe(true);
    expect(hasHiddenCharacters(cell)).toBe(false);
  });

  it.each(['Laptop computers', '8471.30.0100', 'A=B in the notes', '', ' ', 'e-mail', '100 EUR'])('leaves %j as it is', (text) => {
    expect(looksLikeFormula(text)).toBe(false);
    expect(neutralizeFormula(text)).toBe(text);
  });
});

const finding = (overrides: Partial<Finding>): Finding => ({
  ruleId: 'origin-not-country',
  severity: 'error',
  row: 2,
  field: 'origin',
  column: 'Origin',
  value: 'XX',
  message: '"XX" is not a country: origin must be the one country the goods come from.',
  ...overrides,
});

describe('exports of findings whose text holds hidden characters', () => {
  const value = 'invoice\u202Efdp.exe';
  const spoofed = finding({ value, message: `"${value}" is not a country.`, column: 'Origin\u200B' });

  it('the CSV shows them as codes in every cell, and its formula guard still works', () => {
    const rows = Papa.parse<string[]>(issuesCsv([spoofed, finding({ value: '\u200B=1+1' })]).trimEnd()).data;
    expect(rows[1]).toEqual(['2', 'error', 'origin-not-country', 'origin', 'Origin[U+200B]', 'invoice[U+202E]fdp.exe', '"invoice[U+202E]fdp.exe" is not a country.', '']);
    expect(rows[2]![5]).toBe('[U+200B]=1+1');
    expect(rows.flat().some(hasHiddenCharacters)).toBe(false);
  });

  it('the JSON keeps the exact value and flags the texts that hold them', () => {
    const report = validateTable({ headers: ['Part number', 'Description', 'Origin'], rows: [['A-1', 'Steel bolts, zinc plated', value]], sourceName: 'page\u202Etxt.csv' });
    const exported = toIssuesExport(report);
    expect(exported.sourceHasHiddenCharacters).toBe(true);
    expect(exported.source).toBe('page\u202Etxt.csv');
    const flagged = exported.findings.find((f) => f.value === value);
    expect(flagged?.hiddenCharacters).toEqual(expect.arrayContaining(['value']));
    // Findings without such characters carry no flag at all.
    expect(toIssuesExport(validateTable({ headers: ['Origin'], rows: [['XX']], sourceName: 'plain.csv' })).findings.every((f) => f.hiddenCharacters === undefined)).toBe(true);
  });

  it('the command line text report shows them as codes, so a terminal neither reorders nor obeys them', () => {
    const report = validateTable({ headers: ['Part number', 'Description', 'Origin'], rows: [['A-1', 'Steel bolts\u001B[2J', value]], sourceName: 'x\u202E.csv' });
    const text = textReport(report);
    expect(hasHiddenCharacters(text)).toBe(false);
    expect(text).toContain('x[U+202E].csv');
  });
});

describe('hasHiddenCharacters', () => {
  it('finds every character the Unicode pattern removes, with its shortcut for surely visible text', () => {
    const texts: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) texts.push(`a${String.fromCharCode(unit)}b`);
    for (let tag = 0xe0000; tag <= 0xe007f; tag++) texts.push(`a${String.fromCodePoint(tag)}b`);
    const disagree = texts.filter((text) => hasHiddenCharacters(text) !== (removeHidden(text) !== text));
    expect(disagree).toEqual([]);
  });
});
