import Papa from 'papaparse';
import { locateHeaderRow } from '../mapping/locate-header-row';
import type { CsvFormat, TextEncoding } from './catalog-format';
import { stripBom } from './decode-text';
import { CSV_DELIMITERS } from './read-csv';

/** Lines looked at to learn the form: the header sits within the first 15 (see locateHeaderRow). */
const SNIFF_LINES = 40;

/**
 * The form of a CSV text as papaparse sees it (delimiter, line break, quoting, title lines above
 * the header), learnt from its first lines only, so a fixed catalog can be written back the same
 * way. readCsv reads the cells; this only describes the file around them.
 */
export function csvFormatOf(text: string, encoding: TextEncoding, bom: boolean): CsvFormat {
  const plain = stripBom(text);
  const parsed = Papa.parse<string[]>(plain, { delimitersToGuess: CSV_DELIMITERS, skipEmptyLines: 'greedy', preview: SNIFF_LINES });
  const records = parsed.data;
  const headerIndex = records.length > 0 ? locateHeaderRow(records) : 0;
  const delimiter = parsed.meta.delimiter || ',';
  const linebreak = parsed.meta.linebreak;
  const newline = linebreak === '\r\n' || linebreak === '\r' ? linebreak : '\n';
  // Quoted everywhere when every header cell is: the first non-blank lines up to the header show it.
  const headerCells = records[headerIndex]?.length ?? 0;
  const headerLine = plain.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '')[headerIndex] ?? '';
  const quoteAll = headerCells > 0 && headerLine.startsWith('"') && headerLine.split(`"${delimiter}"`).length === headerCells;
  return { kind: 'csv', delimiter, newline, encoding, bom, quoteAll, preamble: records.slice(0, headerIndex) };
}
