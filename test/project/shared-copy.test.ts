import { describe, expect, it } from 'vitest';
import { copiedBytes, liveSharedExists, sharedBytes } from '../support/shared-data';

// The copy in test/fixtures/shared lets a clone anywhere run the suite; it must equal ../shared.
describe('copied shared data', () => {
  for (const file of [
    'fixtures/catalog-en-400.csv',
    'fixtures/catalog-en-400.labels.json',
    'fixtures/catalog-de-300.csv',
    'fixtures/catalog-de-300.labels.json',
    'reference/cbp-hts-pga-report-2026-02-21.csv',
    'reference/hs2022-harmonized-system.csv',
    'reference/us-section301-rates-hts8.csv',
  ]) {
    // Without ../shared (a clone checked out elsewhere) only the copy's presence can be checked.
    it(`${file} is present${liveSharedExists(file) ? ' and equal to ../shared' : ''}`, () => {
      const copy = copiedBytes(file);
      expect(copy.length).toBeGreaterThan(100);
      if (liveSharedExists(file)) expect(Buffer.compare(Buffer.from(copy), Buffer.from(sharedBytes(file)))).toBe(0);
    });
  }
});
