import { describe, expect, it } from 'vitest';
import { readCatalogFile } from '../../../lib/core/read/read-catalog';
import { startValidation, validateTable } from '../../../lib/core/validate';
import { sharedBytes } from '../../support/shared-data';

describe('validation in slices', () => {
  const table = readCatalogFile(sharedBytes('fixtures/catalog-en-400.csv'), 'catalog-en-400.csv');

  it('gives the same report as validating at once', () => {
    const whole = validateTable(table, { checkDate: '2026-11-23' });
    const run = startValidation(table, { checkDate: '2026-11-23' });
    let slices = 0;
    let rowsBefore = 0;
    while (!run.advance(37)) {
      slices++;
      // Columns are numbered and the table rules pass over the rows first, 37 rows a call too.
      expect(run.rowsDone - rowsBefore).toBeLessThanOrEqual(37);
      rowsBefore = run.rowsDone;
    }
    expect(slices).toBeGreaterThan(Math.ceil(table.rows.length / 37) - 1);
    expect(run.rowsDone).toBe(table.rows.length);
    expect(run.report()).toEqual(whole);
  });

  it('checks no row before its columns are read, a part at a time', () => {
    const run = startValidation(table, { checkDate: '2026-11-23' });
    expect(run.advance(37)).toBe(false);
    expect(run.rowsDone).toBe(0);
  });

  it('refuses to report before every row is checked', () => {
    const run = startValidation(table);
    while (run.rowsDone < 10) run.advance(10);
    expect(() => run.report()).toThrow(/10 of 402/);
  });
});
