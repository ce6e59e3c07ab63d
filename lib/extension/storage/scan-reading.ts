import { z } from 'zod';
import type { RawTable } from '../../core/read/raw-table';
import { keysUnder } from './database-schema';
import { profileAuditChain, writeAudited } from './audit-log';
import { parseInput, parseStored } from './parse-stored';
import { assertProfileLive, type ProfileContext } from './profile-context';
import { deleteScanRecords, ownScanRecord, SCAN_STORES, scanInfo, scanSourceName } from './scan-records';
import { jsonArrayBytes } from './json-parts';
import { openPayload, type SealContext, sealJsonBytes, sealPayload } from './sealed-payload';
import { ScanNotFoundError, ScanStateError } from './storage-errors';
import { type ScanInfo, type ScanRecord, type ScanSource, scanChunkRecord, scanSource } from './stored-records';
import { runWrite } from './write-transaction';
import { workInTurns } from '../worker-turns';

/**
 * A scan while its rows arrive. The MV3 service worker can be stopped at any moment
 * mid-table, so every chunk of rows is stored as it comes: a restarted worker reads back what
 * it has and asks the page for the rest.
 */

export interface NewScan {
  /** The id the worker already gave the page (tableChunkMessage.scanId); generated when absent. */
  id?: string;
  source: ScanSource;
  headers: string[];
  /** Data rows the table announced; null when they are counted only as the last chunk comes (a page streaming as it reads). */
  totalRows: number | null;
}

export interface ReceivedRows {
  scan: ScanInfo;
  /** Headers and the rows received without a gap from row 0, ready for validateTable. */
  table: RawTable;
  /** The first data row still to ask the page for (0-based). */
  nextStartRow: number;
}

const headersPayload = z.array(z.string());
const rowsPayload = z.array(z.array(z.string()));

const newScanInput = z.object({
  id: z.uuid().optional(),
  source: scanSource,
  headers: headersPayload,
  totalRows: z.number().int().nonnegative().nullable(),
});
const rowsChunkInput = z.object({ startRow: z.number().int().nonnegative(), rows: rowsPayload, totalRows: z.number().int().nonnegative().optional() });

/** Every row the table has is stored: its count is known and reached, so the scan can be checked. */
export function allRowsReceived(scan: Pick<ScanInfo, 'rowCount' | 'receivedRows' | 'rowCountKnown'>): boolean {
  return scan.rowCountKnown !== false && scan.receivedRows >= scan.rowCount;
}

const headersSeal = (ctx: ProfileContext, scanId: string): SealContext => ({ purpose: 'scan-headers', profileId: ctx.profileId, recordId: scanId });
const rowsSeal = (ctx: ProfileContext, scanId: string, startRow: number): SealContext => ({
  purpose: 'scan-rows',
  profileId: ctx.profileId,
  recordId: `${scanId}/${startRow}`,
});

/** Thrown inside the write to undo it (audit entry included) when the scan exists already. */
class ScanAlreadyStarted extends Error {
  constructor(readonly stored: unknown) {
    super('scan already started');
  }
}

/**
 * Start a scan in status "reading". Starting an id that exists returns it unchanged: the
 * worker starts the scan on every chunk it receives, so that whichever chunk comes first
 * after a restart (or two arriving together) cannot start it twice.
 */
export async function startScan(ctx: ProfileContext, request: NewScan): Promise<ScanInfo> {
  const input = parseInput(newScanInput, request, 'The new scan');
  const id = input.id ?? crypto.randomUUID();
  const existing = await ctx.db.get('scans', id);
  if (existing !== undefined) return scanInfo(ownScanRecord(existing, ctx.profileId, id));

  const now = ctx.clock();
  const record: ScanRecord = {
    id,
    profileId: ctx.profileId,
    status: 'reading',
    source: input.source,
    createdAt: now.toISOString(),
    completedAt: null,
    rowCount: input.totalRows ?? 0,
    ...(input.totalRows === null ? { rowCountKnown: false } : {}),
    receivedRows: 0,
    summary: null,
    headers: await sealPayload(ctx.key, headersSeal(ctx, id), input.headers),
  };
  const event = input.source.kind === 'file' ? { action: 'file-check' as const, object: input.source.fileName } : { action: 'scan' as const, object: id };
  try {
    await writeAudited(ctx.db, profileAuditChain(ctx.profileId), [event], now, {
      stores: ['scans', 'keys'],
      what: `the new scan of ${scanSourceName(input.source)}`,
      work: async (transaction) => {
        await assertProfileLive(transaction, ctx.profileId);
        const scans = transaction.objectStore('scans');
        const stored = await scans.get(id);
        if (stored !== undefined) throw new ScanAlreadyStarted(stored);
        await scans.put(record);
      },
    });
  } catch (error) {
    if (error instanceof ScanAlreadyStarted) return scanInfo(ownScanRecord(error.stored, ctx.profileId, id));
    throw error;
  }
  return scanInfo(record);
}

/**
 * Store one chunk of rows. Keyed by its start row, so a chunk resent after a worker restart
 * replaces the copy already stored instead of adding its rows twice. `totalRows` (the last chunk
 * of a page that counted its rows as it read them) fixes the scan's row count in the same write.
 */
export async function appendScanRows(
  ctx: ProfileContext,
  scanId: string,
  received: { startRow: number; rows: string[][]; totalRows?: number },
): Promise<ScanInfo> {
  const chunk = parseInput(rowsChunkInput, received, `The rows for scan ${scanId}`);
  const what = `rows ${chunk.startRow + 1}–${chunk.startRow + chunk.rows.length} of scan ${scanId}`;
  assertReading(ownScanRecord(await ctx.db.get('scans', scanId), ctx.profileId, scanId), what);
  // A chunk of 1,000 rows is about 200,000 characters of JSON: made in parts (json-parts.ts).
  const rows = await sealJsonBytes(ctx.key, rowsSeal(ctx, scanId, chunk.startRow), await jsonArrayBytes(chunk.rows, workInTurns()));

  return runWrite(ctx.db, ['scans', 'scanChunks', 'keys'], what, async (transaction) => {
    await assertProfileLive(transaction, ctx.profileId);
    const scans = transaction.objectStore('scans');
    const scan = assertReading(ownScanRecord(await scans.get(scanId), ctx.profileId, scanId), what);
    const chunks = transaction.objectStore('scanChunks');
    const previous = await chunks.get([scanId, chunk.startRow]);
    await chunks.put({ scanId, profileId: ctx.profileId, startRow: chunk.startRow, rowCount: chunk.rows.length, rows });
    const receivedRows = scan.receivedRows - (previous?.rowCount ?? 0) + chunk.rows.length;
    const { rowCountKnown: _counting, ...rest } = scan;
    const updated: ScanRecord =
      chunk.totalRows !== undefined
        ? { ...rest, rowCount: chunk.totalRows, receivedRows }
        : scan.rowCountKnown === false
          ? { ...scan, rowCount: Math.max(scan.rowCount, chunk.startRow + chunk.rows.length), receivedRows }
          : { ...scan, receivedRows };
    await scans.put(updated);
    return scanInfo(updated);
  });
}

function assertReading(scan: ScanRecord, what: string): ScanRecord {
  if (scan.status !== 'reading') throw new ScanStateError(`Cannot store ${what}: the scan is already complete.`);
  return scan;
}

/** Only the table's headers (one small payload): what the results page's mapping editor needs. */
export async function readScanHeaders(ctx: ProfileContext, scanId: string): Promise<string[]> {
  return openHeaders(ctx, ownScanRecord(await ctx.db.get('scans', scanId), ctx.profileId, scanId));
}

function openHeaders(ctx: ProfileContext, scan: ScanRecord): Promise<string[]> {
  return openPayload(ctx.key, headersSeal(ctx, scan.id), scan.headers, headersPayload, `headers of scan ${scan.id}`);
}

/**
 * The rows stored so far, in row order, to resume reading or to check the table again.
 * `rowsAtHand`: the scan's rows as the worker stored them (see RowsAtHand), taken instead of
 * opening every stored chunk again when the scan has all its rows and they are as many.
 */
export async function readReceivedRows(ctx: ProfileContext, scanId: string, rowsAtHand?: string[][]): Promise<ReceivedRows> {
  const transaction = ctx.db.transaction(['scans', 'scanChunks']);
  const scan = ownScanRecord(await transaction.objectStore('scans').get(scanId), ctx.profileId, scanId);
  if (rowsAtHand && allRowsReceived(scan) && rowsAtHand.length === scan.rowCount) {
    const table = { headers: await openHeaders(ctx, scan), rows: rowsAtHand, sourceName: scanSourceName(scan.source) };
    return { scan: scanInfo(scan), table, nextStartRow: rowsAtHand.length };
  }
  const chunkValues = await transaction.objectStore('scanChunks').getAll(keysUnder(scanId));

  const headers = await openHeaders(ctx, scan);
  const rows: string[][] = [];
  // A 100,000-row table is a hundred chunks to decrypt and parse: the worker takes its turns between them.
  const turn = workInTurns();
  // Chunks come back ordered by start row. Only the run without a gap from row 0 is usable:
  // rows after a gap will be asked for (and resent) again.
  for (const value of chunkValues) {
    await turn();
    const chunk = parseStored(scanChunkRecord, value, `rows of scan ${scanId}`);
    if (chunk.startRow > rows.length) break;
    const what = `rows ${chunk.startRow + 1}–${chunk.startRow + chunk.rowCount} of scan ${scanId}`;
    const chunkRows = await openPayload(ctx.key, rowsSeal(ctx, scanId, chunk.startRow), chunk.rows, rowsPayload, what);
    for (let i = rows.length - chunk.startRow; i < chunkRows.length; i++) rows.push(chunkRows[i]!);
  }
  return { scan: scanInfo(scan), table: { headers, rows, sourceName: scanSourceName(scan.source) }, nextStartRow: rows.length };
}

/**
 * Remove a scan that cannot be finished (the disk filled up while its rows were stored): a scan
 * is kept whole or not at all, so no half-read table is ever listed or checked. Deleting frees
 * space, so its audit entry ("delete-scan", noting why) normally fits; if even that is refused,
 * the records go without it. A complete scan is never touched. Returns whether one was removed.
 */
export async function discardUnfinishedScan(ctx: ProfileContext, scanId: string, reason: string): Promise<boolean> {
  const stored = await ctx.db.get('scans', scanId);
  if (stored === undefined) return false;
  if (ownScanRecord(stored, ctx.profileId, scanId).status !== 'reading') return false;
  const what = `the unfinished scan ${scanId}`;
  const work = async (transaction: Parameters<Parameters<typeof runWrite>[3]>[0]) => {
    const scan = await transaction.objectStore('scans').get(scanId);
    if (scan === undefined) throw new ScanNotFoundError(scanId);
    if (scan.status !== 'reading') return false;
    await deleteScanRecords(transaction, scanId);
    return true;
  };
  try {
    return await writeAudited(ctx.db, profileAuditChain(ctx.profileId), [{ action: 'delete-scan', object: `${scanId} (${reason})` }], ctx.clock(), {
      stores: SCAN_STORES,
      what,
      work,
    });
  } catch (error) {
    if (error instanceof ScanNotFoundError) return false;
    return runWrite(ctx.db, SCAN_STORES, what, work);
  }
}
