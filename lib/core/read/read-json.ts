import { CatalogReadError } from './catalog-read-error';
import type { RawTable } from './raw-table';

/**
 * Read a JSON catalog: an array of row objects, `{ "rows": [...] }`, or the page hand-over
 * shape `{ "headers": [...], "rows": [[...], ...] }`. Keys such as `__proto__` stay plain
 * column names: rows are read with Object.keys into arrays, never merged into objects.
 */
export function readJson(text: string, file: string): RawTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
    throw new CatalogReadError(file, `is not valid JSON (${message}).`, line);
  }
  if (isObject(data) && Array.isArray(data.headers) && Array.isArray(data.rows)) {
    return tableFromCells(data.headers, data.rows, file);
  }
  const rows = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.rows) ? data.rows : null;
  if (!rows) {
    throw new CatalogReadError(file, 'must hold an array of rows, or an object with a "rows" array.');
  }
  return tableFromObjects(rows, file);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cellText(value: unknown, file: string, row: number, column: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new CatalogReadError(
    file,
    `row ${row}, "${column}" holds a nested ${Array.isArray(value) ? 'list' : 'object'}; each cell must be text or a number.`,
  );
}

function tableFromObjects(items: unknown[], file: string): RawTable {
  const headers: string[] = [];
  const columnOf = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    if (!isObject(item)) throw new CatalogReadError(file, `row ${index + 1} is not an object of column: value pairs.`);
    for (const key of Object.keys(item)) {
      if (!columnOf.has(key)) {
        columnOf.set(key, headers.length);
        headers.push(key);
      }
    }
  }
  const rows = items.map((item, index) => {
    const cells = new Array<string>(headers.length).fill('');
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      cells[columnOf.get(key)!] = cellText(value, file, index + 1, key);
    }
    return cells;
  });
  return { headers, rows, sourceName: file };
}

/** Header row plus rows of cells: the shape of a page table (and of the browser tests' expected tables). */
function tableFromCells(headers: unknown[], rows: unknown[], file: string): RawTable {
  const headerTexts = headers.map((h, i) => cellText(h, file, 0, `header ${i + 1}`));
  const cellRows = rows.map((row, index) => {
    if (!Array.isArray(row)) throw new CatalogReadError(file, `row ${index + 1} is not a list of cells.`);
    const cells = row.map((cell, column) => cellText(cell, file, index + 1, headerTexts[column] ?? `column ${column + 1}`));
    if (cells.slice(headerTexts.length).some((cell) => cell.trim() !== '')) {
      throw new CatalogReadError(file, `row ${index + 1} has ${cells.length} cells but there are ${headerTexts.length} headers.`);
    }
    while (cells.length < headerTexts.length) cells.push('');
    return cells.length > headerTexts.length ? cells.slice(0, headerTexts.length) : cells;
  });
  return { headers: headerTexts, rows: cellRows, sourceName: file };
}
