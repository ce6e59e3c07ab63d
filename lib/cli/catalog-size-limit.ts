import { constants } from 'node:buffer';
import { getHeapStatistics } from 'node:v8';
import { CatalogReadError } from '../core/read/catalog-read-error';

/**
 * Peak memory of a check per byte of catalog file (the text, its cells, the rows and the findings
 * are all held at once): `npm run bench` measured 7 (1,377 MB resident for the 196 MB
 * million-row catalog); 9 leaves headroom for catalogs with more findings per row.
 */
export const MEMORY_PER_FILE_BYTE = 9;

const MB = 1024 * 1024;

export interface SizeLimit {
  bytes: number;
  /** What sets the limit, in the words of the refusal. */
  reason: string;
}

/**
 * The largest catalog this process can check. The whole file is decoded into one string, which
 * V8 caps (about 512 MB), and held in memory with its rows and findings, which Node's heap limit
 * caps; past either, Node aborts with an out-of-memory crash no handler can catch.
 */
export function catalogSizeLimit(heapLimitBytes = getHeapStatistics().heap_size_limit): SizeLimit {
  const byHeap = Math.floor(heapLimitBytes / MEMORY_PER_FILE_BYTE);
  if (byHeap < constants.MAX_STRING_LENGTH) {
    return { bytes: byHeap, reason: `checking needs about ${MEMORY_PER_FILE_BYTE} times the file's size in memory and Node allows this process ${Math.round(heapLimitBytes / MB)} MB` };
  }
  return { bytes: constants.MAX_STRING_LENGTH, reason: 'the file is read as one text, and JavaScript strings stop at that length' };
}

/** Refuse, with the limit named, a file larger than this process can check. */
export function checkFitsInMemory(file: string, sizeBytes: number, limit = catalogSizeLimit()): void {
  if (sizeBytes <= limit.bytes) return;
  const neededHeap = Math.ceil((sizeBytes * MEMORY_PER_FILE_BYTE) / MB / 1024) * 1024;
  throw new CatalogReadError(
    file,
    `is ${Math.round(sizeBytes / MB)} MB, more than the ${Math.floor(limit.bytes / MB)} MB this command can check at once ` +
      `(${limit.reason}). Split the catalog into smaller files` +
      (limit.bytes < constants.MAX_STRING_LENGTH && sizeBytes <= constants.MAX_STRING_LENGTH
        ? `, or give Node more memory: NODE_OPTIONS=--max-old-space-size=${neededHeap}.`
        : '.'),
  );
}
