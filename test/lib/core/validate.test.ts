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
    while (!run.advance(37)) slices++;
    expect(slices).toBe(Math.ceil(table.rows.length / 37) - 1);
    expect(run.rowsDone).toBe(table.rows.length);
    expect(run.report()).toEqual(whole);
  });

  it('refuses to report before every row is checked', () => {
    const run = startValidation(table);
    run.advance(10);
    expect(() => run.report()).toThrow(/10 of 402/);
  });
});
