import { constants } from 'node:buffer';
import { getHeapStatistics } from 'node:v8';
import { CatalogReadError } from '../core/read/catalog-read-error';

/**
 * Peak memory of a check per byte of catalog file read whole (a workbook, JSON, or any file with
 * --fix-out: the bytes, the text, its cells, the rows and the findings are all held at once):
 * `npm run bench` measured 7 (1,377 MB resident for the 196 MB million-row catalog); 9 leaves
 * headroom for catalogs with more findings per row.
 */
export const MEMORY_PER_FILE_BYTE = 9;

/**
 * The same for a CSV file read as a stream (see read-catalog-file.ts): its cells kept by column
 * (column-table.ts) and its findings kept compact (finding-list.ts) are held, never its text.
 * Measured 3.0 (560 MiB resident for the same catalog; 5.2 when rows and finding objects were
 * held); 4 leaves headroom for catalogs whose columns repeat less or that have more findings a row.
 */
export const MEMORY_PER_STREAMED_BYTE = 4;

/** How a catalog file is read: whole (one text), or as a stream of pieces (CSV). */
export type CatalogReading = 'whole' | 'streamed';

const MB = 1024 * 1024;

export interface SizeLimit {
  bytes: number;
  /** What sets the limit, in the words of the refusal. */
  reason: string;
}

/**
 * The largest catalog this process can check. A file read whole is decoded into one string, which
 * V8 caps (about 512 MB); every file's rows and findings are held in memory, which Node's heap
 * limit caps; past either, Node aborts with an out-of-memory crash no handler can catch.
 */
export function catalogSizeLimit(heapLimitBytes = getHeapStatistics().heap_size_limit, reading: CatalogReading = 'whole'): SizeLimit {
  const perByte = memoryPerByte(reading);
  const byHeap = Math.floor(heapLimitBytes / perByte);
  if (reading === 'streamed' || byHeap < constants.MAX_STRING_LENGTH) {
    return { bytes: byHeap, reason: `checking needs about ${perByte} times the file's size in memory and Node allows this process ${Math.round(heapLimitBytes / MB)} MB` };
  }
  return { bytes: constants.MAX_STRING_LENGTH, reason: 'the file is read as one text, and JavaScript strings stop at that length' };
}

function memoryPerByte(reading: CatalogReading): number {
  return reading === 'streamed' ? MEMORY_PER_STREAMED_BYTE : MEMORY_PER_FILE_BYTE;
}

/** Refuse, with the limit named, a file larger than this process can check read this way. */
export function checkFitsInMemory(file: string, sizeBytes: number, reading: CatalogReading = 'whole', limit = catalogSizeLimit(undefined, reading)): void {
  if (sizeBytes <= limit.bytes) return;
  const neededHeap = Math.ceil((sizeBytes * memoryPerByte(reading)) / MB / 1024) * 1024;
  throw new CatalogReadError(
    file,
    `is ${Math.round(sizeBytes / MB)} MB, more than the ${Math.floor(limit.bytes / MB)} MB this command can check at once ` +
      `(${limit.reason}). Split the catalog into smaller files` +
      (reading === 'streamed' || (limit.bytes < constants.MAX_STRING_LENGTH && sizeBytes <= constants.MAX_STRING_LENGTH)
        ? `, or give Node more memory: NODE_OPTIONS=--max-old-space-size=${neededHeap}.`
        : '.'),
  );
}
