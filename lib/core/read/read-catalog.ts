import { CatalogReadError } from './catalog-read-error';
import { decodeText } from './decode-text';
import type { RawTable } from './raw-table';
import { readCsv } from './read-csv';
import { readJson } from './read-json';

/** Read catalog file bytes of any supported kind: JSON when it looks like JSON, CSV otherwise. */
export function readCatalogFile(bytes: Uint8Array, file: string): RawTable {
  return readCatalogText(decodeText(bytes, file), file);
}

export function readCatalogText(text: string, file: string): RawTable {
  const start = text.replace(/^\uFEFF/, '').trimStart()[0];
  const table = start === '[' || start === '{' ? readJson(text, file) : readCsv(text, file);
  if (table.headers.every((h) => h.trim() === '')) {
    throw new CatalogReadError(file, 'has no header row: the first row must name the columns.');
  }
  return table;
}
