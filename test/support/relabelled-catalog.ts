import Papa from 'papaparse';
import type { FieldId } from '../../lib/core/model/fields';
import { readCatalogFile, readCatalogText } from '../../lib/core/read/read-catalog';
import type { RawTable } from '../../lib/core/read/raw-table';
import { type FixtureLabels, fixtureLabels, sharedBytes } from './shared-data';

/**
 * A column a real export carries beside the catalog fields, with its value on data row `row`
 * (1-based) whose catalog cells are `cells`. Only line numbers differ between repeated lines.
 */
export interface ExtraColumn {
  header: string;
  value: (row: number, cells: readonly string[]) => string;
}

/** How to make a new labelled catalog from a shared one: other headers, other column order, extra columns. */
export interface Relabelling {
  name: string;
  from: 'catalog-en-400' | 'catalog-de-300';
  /** The new header of every field the shared labels name. */
  headers: Record<string, string>;
  extras: ExtraColumn[];
  /** Seed of the column order: every catalog gets its own shuffle. */
  orderSeed: number;
  delimiter: ',' | ';' | '\t';
}

/** Columns real exports add: a purchase-order number, remarks, a line number. */
export const purchaseOrder = (header: string): ExtraColumn => ({ header, value: (_, cells) => `45000${String(1000 + (hash(cells[0]!) % 37)).padStart(5, '0')}` });
export const remarks = (header: string, words: string): ExtraColumn => ({ header, value: (_, cells) => (hash(cells[0]!) % 5 === 0 ? words : '') });

/** A small stable number from a part number, so a repeated line gets the same order number and remark. */
function hash(text: string): number {
  let value = 7;
  for (let i = 0; i < text.length; i++) value = (value * 31 + text.charCodeAt(i)) >>> 0;
  return value;
}
export const lineNumbers = (header: string, step = 1): ExtraColumn => ({ header, value: (row) => String(row * step) });

/** Deterministic shuffle (a small LCG): the same seed gives the same column order on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A labelled catalog derived from a shared fixture: same rows in the same order (so the labels'
 * row numbers still hold), headers renamed, columns shuffled, extra columns mixed in; written as
 * CSV and read back the way a user's file is read.
 */
export function relabelledCatalog(relabelling: Relabelling): { table: RawTable; labels: FixtureLabels } {
  const source = readCatalogFile(sharedBytes(`fixtures/${relabelling.from}.csv`), `${relabelling.from}.csv`);
  const labels = fixtureLabels(relabelling.from);
  const fieldOfHeader = new Map(Object.entries(labels.columns).map(([field, header]) => [header, field]));
  type Column = { header: string; cell: (cells: readonly string[], row: number) => string };
  const columns: Column[] = source.headers.map((header, index) => {
    const field = fieldOfHeader.get(header);
    if (!field || !(field in relabelling.headers)) throw new Error(`No new header given for "${header}" (${field ?? 'no field'}).`);
    return { header: relabelling.headers[field]!, cell: (cells) => cells[index] ?? '' };
  });
  for (const extra of relabelling.extras) columns.push({ header: extra.header, cell: (cells, row) => extra.value(row, cells) });
  const order = shuffled(columns, relabelling.orderSeed);
  const csv = Papa.unparse(
    [order.map((c) => c.header), ...source.rows.map((cells, index) => order.map((c) => c.cell(cells, index + 1)))],
    { delimiter: relabelling.delimiter, newline: '\r\n' },
  );
  const table = readCatalogText(csv, `${relabelling.name}.csv`);
  return { table, labels: { ...labels, catalog: `${relabelling.name}.csv`, columns: { ...relabelling.headers } as Record<FieldId, string> } };
}
