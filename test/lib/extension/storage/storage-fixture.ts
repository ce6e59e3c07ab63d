import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { RawTable } from '../../../../lib/core/read/raw-table';
import { openCustomsDatabase, type OpenDatabaseOptions } from '../../../../lib/extension/storage/open-database';
import type { CustomsDatabase, StoreName } from '../../../../lib/extension/storage/database-schema';
import type { Clock } from '../../../../lib/extension/storage/profile-context';
import type { ProfileStore } from '../../../../lib/extension/storage/profile-store';
import type { ScanInfo } from '../../../../lib/extension/storage/stored-records';
import { validateTable, type ValidationReport } from '../../../../lib/core/validate';

/**
 * Shared set-up for the storage tests: a fresh in-memory IndexedDB per test (fake-indexeddb),
 * a clock the test moves, and a catalog whose cells are easy to search for in raw records.
 */

/** A new, empty IndexedDB for every test, so no test sees another's profiles. */
export function freshDatabase(options: OpenDatabaseOptions = {}): Promise<CustomsDatabase> {
  globalThis.indexedDB = new IDBFactory();
  return openCustomsDatabase(options);
}

export interface TestClock {
  clock: Clock;
  set(iso: string): void;
  advanceDays(days: number): void;
  now(): Date;
}

export function testClock(startIso = '2026-03-01T09:00:00.000Z'): TestClock {
  let now = new Date(startIso);
  return {
    clock: () => new Date(now),
    set: (iso) => {
      now = new Date(iso);
    },
    advanceDays: (days) => {
      now = new Date(now.getTime() + days * 86_400_000);
    },
    now: () => new Date(now),
  };
}

/** Text that must never appear in clear in a stored record. */
export const SECRET_DESCRIPTION = 'Zebrawood jewellery box SECRETCELL-7781';
export const SECRET_SKU = 'PN-SECRET-4471';
export const SECRET_BAD_HTS = '99887766XX';
export const SECRET_HEADER = 'Unit Price SECRETHEADER';

export const CATALOG_HEADERS = ['Part No', 'Description', 'HTS Code', 'Country of Origin', 'Qty', SECRET_HEADER, 'Line Value'];

export function catalogRows(count: number, first = 0): string[][] {
  return Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return n === 0
      ? [SECRET_SKU, SECRET_DESCRIPTION, SECRET_BAD_HTS, 'Germny', '2', '10.00', '20.00']
      : [`PN-${n}`, `Steel hex bolts M${n % 20}, zinc plated, for machinery`, '7318.15.2030', 'DE', '1', '5.00', '5.00'];
  });
}

export function catalogTable(rowCount: number, sourceName = 'invoice-4471.csv'): RawTable {
  return { headers: CATALOG_HEADERS, rows: catalogRows(rowCount), sourceName };
}

/** A real report from the rules: its findings quote the secret cells in value and message. */
export function catalogReport(rowCount = 3, sourceName = 'invoice-4471.csv'): ValidationReport {
  return validateTable(catalogTable(rowCount, sourceName), { jurisdiction: 'US', checkDate: '2026-03-01' });
}

/** Records exactly as IndexedDB holds them: no decryption, no zod, no profile scoping. */
export async function rawRecords(db: CustomsDatabase, store: StoreName): Promise<unknown[]> {
  return db.getAll(store);
}

/** Everything stored in every store, as text, with byte arrays decoded as UTF-8 and Latin-1. */
export async function everythingStoredAsText(db: CustomsDatabase): Promise<string> {
  const parts: string[] = [];
  for (const store of db.objectStoreNames) {
    for (const record of await rawRecords(db, store)) parts.push(recordAsText(record));
  }
  return parts.join('\n');
}

function recordAsText(value: unknown): string {
  if (value instanceof Uint8Array) {
    return `${new TextDecoder().decode(value)}|${Array.from(value, (byte) => String.fromCharCode(byte)).join('')}`;
  }
  if (Array.isArray(value)) return value.map(recordAsText).join(' ');
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k}=${recordAsText(v)}`).join(' ');
  return String(value);
}

/** A page scan's source, as the content script reports it. */
export const PAGE_SOURCE = { kind: 'page' as const, url: 'https://erp.example.com/invoices/4471', title: 'Invoice 4471', tableId: 't0' };

/** A page scan taken from start to finish: rows received, then the report stored. */
export async function completedScan(store: ProfileStore, rowCount = 3): Promise<ScanInfo> {
  const scan = await store.startScan({ source: PAGE_SOURCE, headers: CATALOG_HEADERS, totalRows: rowCount });
  await store.appendScanRows(scan.id, { startRow: 0, rows: catalogRows(rowCount) });
  return store.completeScan(scan.id, catalogReport(rowCount));
}
