import { constants } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { catalogSizeLimit, checkFitsInMemory, MEMORY_PER_FILE_BYTE, MEMORY_PER_STREAMED_BYTE } from '../../../lib/cli/catalog-size-limit';
import { CatalogReadError } from '../../../lib/core/read/catalog-read-error';

const MB = 1024 * 1024;

describe('the largest catalog the command line checks', () => {
  it('is set by the heap when the heap is the tighter bound', () => {
    const limit = catalogSizeLimit(1024 * MB);
    expect(limit.bytes).toBe(Math.floor((1024 * MB) / MEMORY_PER_FILE_BYTE));
    expect(limit.reason).toContain('Node allows this process 1024 MB');
  });

  it('is the longest JavaScript string when the heap would allow more', () => {
    expect(catalogSizeLimit(64 * 1024 * MB).bytes).toBe(constants.MAX_STRING_LENGTH);
  });

  it('lets a file at the limit through', () => {
    expect(() => checkFitsInMemory('ok.csv', 100 * MB, 'whole', { bytes: 100 * MB, reason: 'test' })).not.toThrow();
  });

  it('refuses a larger file naming the file, its size, the limit and what to do', () => {
    const limit = catalogSizeLimit(1024 * MB);
    let refusal: unknown;
    try {
      checkFitsInMemory('big.csv', 200 * MB, 'whole', limit);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(CatalogReadError);
    expect((refusal as Error).message).toBe(
      `big.csv: is 200 MB, more than the ${Math.floor(limit.bytes / MB)} MB this command can check at once ` +
        `(checking needs about ${MEMORY_PER_FILE_BYTE} times the file's size in memory and Node allows this process 1024 MB). ` +
        `Split the catalog into smaller files, or give Node more memory: NODE_OPTIONS=--max-old-space-size=${Math.ceil((200 * MEMORY_PER_FILE_BYTE) / 1024) * 1024}.`,
    );
  });

  it('is set by the heap alone for a CSV read as a stream, which is never one string', () => {
    const limit = catalogSizeLimit(64 * 1024 * MB, 'streamed');
    expect(limit.bytes).toBe(Math.floor((64 * 1024 * MB) / MEMORY_PER_STREAMED_BYTE));
    expect(limit.bytes).toBeGreaterThan(constants.MAX_STRING_LENGTH);
    expect(() => checkFitsInMemory('big.csv', 2048 * MB, 'streamed', catalogSizeLimit(1024 * MB, 'streamed'))).toThrow(
      `big.csv: is 2048 MB, more than the ${Math.floor(1024 / MEMORY_PER_STREAMED_BYTE)} MB this command can check at once (checking needs about ${MEMORY_PER_STREAMED_BYTE} times the file's size in memory and Node allows this process 1024 MB). ` +
        `Split the catalog into smaller files, or give Node more memory: NODE_OPTIONS=--max-old-space-size=${Math.ceil((2048 * MEMORY_PER_STREAMED_BYTE) / 1024) * 1024}.`,
    );
  });

  it('does not suggest more memory for a file no string can hold', () => {
    expect(() => checkFitsInMemory('huge.csv', 2048 * MB, 'whole', catalogSizeLimit(64 * 1024 * MB))).toThrow(/Split the catalog into smaller files\.$/);
  });
});
