import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../../lib/core/model/jurisdiction';
import { CatalogReadError } from '../../../lib/core/read/catalog-read-error';
import { readCatalogFile, readCatalogText } from '../../../lib/core/read/read-catalog';
import { findingSchema } from '../../../lib/core/report/issues-export-schema';
import { readScheduleText } from '../../../lib/core/schedule/read-schedule';
import { parseNumberCell } from '../../../lib/core/values/number';
import { validateTable } from '../../../lib/core/validate';
import { scheduleOf } from '../../support/catalog-builder';

// Catalogs come from customers' ERP exports and from any web page: whatever they hold, reading
// either gives a table or a CatalogReadError, and checking never throws.

/** Runs or throws a CatalogReadError; anything else thrown fails the property. */
function readsOrRefuses(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof CatalogReadError)) throw error;
  }
}

const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '=HYPERLINK("http://x")',
  '"',
  '\u0000',
  '\uFEFF',
  '\u202E',
  '9'.repeat(400),
  'x'.repeat(50_000),
  '1e400',
  '(',
  '()',
  '-',
  '€',
  '1,2.3,4',
  'NaN',
  'Infinity',
  '0098010011',
  '7712345678',
  '8471.3O.0100',
  '12 lb',
  '12 pcs',
  'CA',
  'XX',
  'DAT',
  'cnbriele1288she',
);

const headerWords = fc.constantFrom(
  'Part No', 'Description', 'HTS', 'COO', 'Qty', 'UOM', 'Unit Price', 'Ext. Value', 'Currency', 'Net Weight (kg)',
  'Gross Weight', 'Weight Unit', 'Manufacturer', 'Manufacturer Address', 'Manufacturer City', 'Manufacturer Country',
  'MID', 'Incoterms', 'EORI', '__proto__', 'constructor', '',
);

const cell = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 20 }), hostile, fc.stringMatching(/^[0-9.,\s$€()+-]{0,12}[a-zA-Z]{0,3}$/));

const table = fc.integer({ min: 1, max: 8 }).chain((width) =>
  fc.record({
    headers: fc.uniqueArray(fc.oneof(headerWords, fc.string({ maxLength: 12 })), { minLength: width, maxLength: width }),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
  }),
);

const schedule = scheduleOf([
  { code: '8471300100', units: ['NO'], agencies: ['FC1'] },
  { code: '8471500150', units: ['NO'], expires: '2025-12-31' },
]);

describe('fuzzing the readers', { timeout: 60_000 }, () => {
  const csvLike = fc
    .array(fc.oneof(fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r\n', '[', '{', '}', ']', ':', '__proto__', 'Part No', 'HTS', '\uFEFF'), fc.string({ maxLength: 8 })), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('readCatalogText returns a table or throws a CatalogReadError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), csvLike, fc.json(), hostile), (text) => {
        readsOrRefuses(() => {
          const read = readCatalogText(text, 'fuzz.csv');
          expect(read.rows.every((row) => row.length === read.headers.length)).toBe(true);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('readCatalogFile returns a table or throws a CatalogReadError, for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => readsOrRefuses(() => readCatalogFile(bytes, 'fuzz.bin'))), { numRuns: 400 });
  });

  it('readScheduleText returns a schedule or throws a CatalogReadError', () => {
    const start = fc.constantFrom('', 'Tariff Number,Description\n', '"HTS Number",Description\n', '[');
    fc.assert(fc.property(start, fc.oneof(csvLike, fc.json()), (head, rest) => readsOrRefuses(() => readScheduleText(head + rest, 'fuzz.csv'))), { numRuns: 300 });
  });

  it('never lets a JSON key reach Object.prototype', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        readsOrRefuses(() => readCatalogText(JSON.stringify([{ __proto__: value, constructor: value }]), 'fuzz.json'));
        readsOrRefuses(() => readCatalogText(`[{"__proto__":${JSON.stringify(value)}}]`, 'fuzz.json'));
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

// Hundreds of generated catalogs through every rule: seconds of work, more on a busy machine.
describe('fuzzing the rules', { timeout: 60_000 }, () => {
  it('validateTable never throws and every finding has the exported shape, in every jurisdiction', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(...JURISDICTIONS), fc.boolean(), ({ headers, rows }, jurisdiction, withSchedule) => {
        const report = validateTable(
          { headers, rows, sourceName: 'fuzz.csv' },
          { jurisdiction, schedule: withSchedule ? schedule : null, checkDate: '2026-03-01' },
        );
        for (const finding of report.findings) {
          expect(findingSchema.safeParse(finding).success, JSON.stringify(finding)).toBe(true);
          if (finding.row !== null) {
            expect(finding.row).toBeLessThanOrEqual(rows.length);
            if (finding.field !== null && finding.column !== null) expect(finding.value).toBe(rows[finding.row - 1]![headers.indexOf(finding.column)]);
          }
        }
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('fuzzing number cells', () => {
  it('never returns NaN or Infinity as a number', () => {
    const numberish = fc.oneof(
      fc.string(),
      hostile,
      fc.stringMatching(/^[($€£-]?[0-9]{0,400}[.,' ]?[0-9]{0,6}[.,]?[0-9]{0,3}\)?\s?[a-zA-Z]{0,4}$/),
      fc.double().map(String),
    );
    fc.assert(
      fc.property(numberish, fc.constantFrom('.', ','), (text, mark) => {
        const cell = parseNumberCell(text, mark as '.' | ',');
        if (cell.kind === 'number') expect(Number.isFinite(cell.value), text).toBe(true);
        if (cell.kind === 'unreadable') expect(cell.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });
});
