import { CatalogReadError } from '../catalog-read-error';
import { formatNumber } from './number-format';
import { cellAttributes, decodeOoxmlEscapes, decodeXmlText, textOfRuns } from './xml-text';
import type { XlsxLimits } from './xlsx-limits';

/** A worksheet's rows with the text each cell shows, and its merged ranges. */
export interface SheetCells {
  /** Rows that hold at least one value, in sheet order; `cells[i]` is column i (A = 0). */
  rows: { rowNumber: number; cells: string[] }[];
  merges: CellRange[];
  /** Highest column index holding a value, -1 for an empty sheet. */
  lastColumn: number;
}

/** 0-based columns, 1-based rows, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellReading {
  sharedStrings: readonly string[];
  /** Number format code per style index. */
  cellFormats: readonly string[];
  date1904: boolean;
  limits: XlsxLimits;
  file: string;
  sheetName: string;
}

/** How much sheet XML is decoded at a time: the rows are parsed slice by slice, never as one string. */
const SLICE_BYTES = 4 * 1024 * 1024;

const ROW = /<(?:[\w.-]+:)?row(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?row>)/g;
const CELL = /<(?:[\w.-]+:)?c(?=[\s/>])([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const VALUE = /<(?:[\w.-]+:)?v(?:\s[^>]*?)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const INLINE = /<(?:[\w.-]+:)?is(?:\s[^>]*?)?>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
const MERGE = /<(?:[\w.-]+:)?mergeCell\s[^>]*?ref\s*=\s*"([A-Z]+\d+)(?::([A-Z]+\d+))?"/g;

/**
 * Read the cells of one worksheet part. The XML is decoded and parsed in slices ending at a row
 * boundary, so a large sheet is never held as one string; rows and columns are counted against
 * the limits as they come.
 */
export function readSheetCells(xmlBytes: Uint8Array, reading: CellReading): SheetCells {
  const decoder = new TextDecoder('utf-8');
  const sheet: SheetCells = { rows: [], merges: [], lastColumn: -1 };
  let pending = '';
  let previousRow = 0;
  for (let offset = 0; offset < xmlBytes.length; offset += SLICE_BYTES) {
    const last = offset + SLICE_BYTES >= xmlBytes.length;
    pending += decoder.decode(xmlBytes.subarray(offset, offset + SLICE_BYTES), { stream: !last });
    if (offset === 0 && /<!DOCTYPE/i.test(pending.slice(0, 4096))) {
      throw new CatalogReadError(reading.file, `is refused: sheet "${reading.sheetName}" declares a DOCTYPE, which workbooks never do.`);
    }
    // Parse up to the last complete row; the rest waits for the next slice.
    const cut = last ? pending.length : lastRowEnd(pending);
    if (cut <= 0) continue;
    const complete = pending.slice(0, cut);
    pending = pending.slice(cut);
    for (const match of complete.matchAll(ROW)) {
      const rowNumber = Number(cellAttributes(match[1]!).r ?? previousRow + 1);
      previousRow = rowNumber;
      if (rowNumber > reading.limits.maxRows) {
        throw new CatalogReadError(reading.file, `is refused: sheet "${reading.sheetName}" has data in row ${rowNumber.toLocaleString('en')}, beyond the ${reading.limits.maxRows.toLocaleString('en')} rows a catalog may have.`);
      }
      const cells = match[2] ? rowCells(match[2], rowNumber, reading) : [];
      if (cells.some((cell) => cell !== '')) {
        sheet.rows.push({ rowNumber, cells });
        sheet.lastColumn = Math.max(sheet.lastColumn, cells.length - 1);
      }
    }
    for (const merge of complete.matchAll(MERGE)) sheet.merges.push(rangeOf(merge[1]!, merge[2] ?? merge[1]!));
  }
  return sheet;
}

function lastRowEnd(xml: string): number {
  const end = Math.max(xml.lastIndexOf('</row>'), xml.lastIndexOf(':row>'));
  if (end < 0) return 0;
  return xml.indexOf('>', end) + 1;
}

function rowCells(xml: string, rowNumber: number, reading: CellReading): string[] {
  const cells: string[] = [];
  let nextColumn = 0;
  for (const match of xml.matchAll(CELL)) {
    const attributes = cellAttributes(match[1]!);
    const column = attributes.r ? columnIndex(attributes.r) : nextColumn;
    nextColumn = column + 1;
    const text = match[2] ? cellText(match[2], attributes, reading) : '';
    // A styled cell without a value is not data: only cells that show something count.
    if (text === '') continue;
    if (column >= reading.limits.maxColumns) {
      throw new CatalogReadError(reading.file, `is refused: sheet "${reading.sheetName}" has data in column ${columnName(column)} (row ${rowNumber}), beyond the ${reading.limits.maxColumns} columns a catalog may have.`);
    }
    while (cells.length < column) cells.push('');
    cells[column] = text;
  }
  return cells;
}

function cellText(inner: string, attributes: { t?: string; s?: string }, reading: CellReading): string {
  const type = attributes.t ?? 'n';
  if (type === 'inlineStr') {
    const inline = INLINE.exec(inner);
    return inline ? textOfRuns(inline[1]!) : '';
  }
  const raw = valueOf(inner);
  if (raw === undefined) return '';
  const value = decodeXmlText(raw);
  switch (type) {
    case 's': {
      const text = reading.sharedStrings[Number(value)];
      if (text === undefined) throw new CatalogReadError(reading.file, `is damaged: sheet "${reading.sheetName}" refers to shared text ${value}, which does not exist.`);
      return text;
    }
    case 'str':
      return decodeOoxmlEscapes(value);
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return value;
    case 'd':
      // ISO dates (written by some producers instead of serials): midnight is a plain date.
      return value.replace(/T00:00(:00(\.0+)?)?Z?$/, '');
    default: {
      if (value.trim() === '') return '';
      const number = Number(value);
      if (Number.isNaN(number)) return value;
      const format = reading.cellFormats[Number(attributes.s ?? 0)] ?? 'General';
      return formatNumber(number, format, reading.date1904);
    }
  }
}

/** The text of a cell's <v>: found by indexOf in the usual unprefixed case (every cell goes through here). */
function valueOf(inner: string): string | undefined {
  const start = inner.indexOf('<v>');
  if (start >= 0) {
    const end = inner.indexOf('</v>', start);
    if (end >= 0) return inner.slice(start + 3, end);
  }
  return VALUE.exec(inner)?.[1];
}

/** "AB12" → 27 (0-based column). */
export function columnIndex(reference: string): number {
  let index = 0;
  for (const c of reference) {
    const code = c.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** 27 → "AB". */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function rangeOf(from: string, to: string): CellRange {
  const rowOf = (reference: string) => Number(reference.replace(/^[A-Z]+/, ''));
  return {
    top: Math.min(rowOf(from), rowOf(to)),
    bottom: Math.max(rowOf(from), rowOf(to)),
    left: Math.min(columnIndex(from), columnIndex(to)),
    right: Math.max(columnIndex(from), columnIndex(to)),
  };
}
