import Papa from 'papaparse';
import { locateHeaderRow } from '../mapping/locate-header-row';
import type { CsvFormat, TextEncoding } from './catalog-format';
import { stripBom } from './decode-text';
import { type CsvDialect, csvDialectOf } from './read-csv';

/** Lines looked at to learn the form: the header sits within the first 15 (see locateHeaderRow). */
const SNIFF_LINES = 40;

/**
 * The form of a CSV text as papaparse sees it (delimiter, line break, quoting, title lines above
 * the header), learnt from its first lines only, so a fixed catalog can be written back the same
 * way. readCsv reads the cells; this only describes the file around them.
 */
export function csvFormatOf(text: string, encoding: TextEncoding, bom: boolean, dialect: CsvDialect = csvDialectOf(stripBom(text))): CsvFormat {
  const plain = stripBom(text);
  const { delimiter, newline } = dialect;
  const parsed = Papa.parse<string[]>(plain, { delimiter, newline, skipEmptyLines: 'greedy', preview: SNIFF_LINES });
  const records = parsed.data;
  const headerIndex = records.length > 0 ? locateHeaderRow(records) : 0;
  // Quoted everywhere when every header cell is: the first non-blank lines up to the header show it.
  const headerCells = records[headerIndex]?.length ?? 0;
  // Only the sniffed lines are split: splitting the whole text cost as much as a tenth of reading it.
  const sniffed = plain.slice(0, parsed.meta.cursor);
  const headerLine = sniffed.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '')[headerIndex] ?? '';
  const quoteAll = headerCells > 0 && headerLine.startsWith('"') && headerLine.split(`"${delimiter}"`).length === headerCells;
  const quoteAlso = quoteAll ? '' : extraQuotingCharacters(sniffed, delimiter);
  return { kind: 'csv', delimiter, newline, encoding, bom, quoteAll, quoteAlso, preamble: records.slice(0, headerIndex) };
}

/**
 * The characters every needlessly quoted cell contains and no unquoted cell does: the exporter's
 * quoting rule beyond CSV's own (delimiter, quote, line break), learnt from the sniffed lines.
 */
function extraQuotingCharacters(text: string, delimiter: string): string {
  let candidates = null as Set<string> | null;
  const unquotedCharacters = new Set<string>();
  for (const { value, quoted } of csvFields(text, delimiter)) {
    const needed = value.includes(delimiter) || value.includes('"') || /[\r\n]/.test(value);
    const marks = marksOf(value);
    if (!quoted) marks.forEach((c) => unquotedCharacters.add(c));
    else if (!needed) candidates = candidates ? new Set([...candidates].filter((c) => marks.has(c))) : marks;
  }
  return [...(candidates ?? [])].filter((c) => !unquotedCharacters.has(c)).join('').slice(0, 16);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The characters of a cell other than letters and digits. ASCII is told apart without the Unicode
 * pattern: run once per cell as a replace, it cost tens of milliseconds on 40 lines.
 */
function marksOf(value: string): Set<string> {
  const marks = new Set<string>();
  for (const character of value) {
    const code = character.charCodeAt(0);
    const letterOrDigit = code < 0x80 ? (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) : LETTER_OR_DIGIT.test(character);
    if (!letterOrDigit) marks.add(character);
  }
  return marks;
}

/** Each field of the text with whether it was written in quotes (papaparse does not say). */
function* csvFields(text: string, delimiter: string): Generator<{ value: string; quoted: boolean }> {
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let value = '';
      for (i++; i < text.length; i++) {
        if (text[i] === '"' && text[i + 1] === '"') value += text[i++];
        else if (text[i] === '"') break;
        else value += text[i];
      }
      i++;
      yield { value, quoted: true };
      while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++;
    } else {
      const start = i;
      while (i < text.length && !text.startsWith(delimiter, i) && text[i] !== '\n' && text[i] !== '\r') i++;
      yield { value: text.slice(start, i), quoted: false };
    }
    if (text.startsWith(delimiter, i)) i += delimiter.length;
    else while (text[i] === '\r' || text[i] === '\n') i++;
  }
}
