import { z } from 'zod';
import type { Finding } from '../../core/model/finding';
import { type CatalogFormat, catalogFormatSchema } from '../../core/read/catalog-format';
import { readCatalog, type ReadCatalog } from '../../core/read/read-catalog';
import type { CatalogChange, SkippedFix } from '../../core/report/apply-fixes';
import { changeLogCsv } from '../../core/report/change-log';
import { changeLogName, DEFAULT_CSV_FORMAT, fixedCatalogName, writeFixedCatalog } from '../../core/report/fixed-catalog';
import { findingSchema } from '../../core/report/issues-export-schema';
import { type AcceptedFix, acceptedFixOf, acceptAllFixes, acceptedFixSchema } from '../../core/report/replacement-fixes';
import { parseInput, parseStored } from './parse-stored';
import { assertProfileLive, type ProfileContext } from './profile-context';
import { ownScanRecord } from './scan-records';
import { readReceivedRows } from './scan-reading';
import { getScan } from './scan-results';
import { openPayload, type SealContext, sealPayload } from './sealed-payload';
import { InvalidInputError } from './storage-errors';
import { type ScanFixesRecord, scanFixesRecord } from './stored-records';
import { runWrite } from './write-transaction';

/**
 * The fixes a filer accepted on a scan, and what is needed to write the catalog back with them:
 * the source file's form (delimiter, encoding, sheet) and, for a workbook, the workbook itself,
 * so its other sheets, styles and formulas survive. The rows come from the scan's stored chunks.
 */

/** A workbook bigger than this is not kept; its fixed catalog is then written as CSV. */
export const MAX_KEPT_WORKBOOK_BYTES = 25 * 1024 * 1024;

const sourcePayload = z.object({
  format: catalogFormatSchema,
  /** The workbook's bytes as base64 (sealed payloads are JSON), for a workbook only. */
  workbook: z.string().nullable(),
});
const acceptedPayload = z.array(acceptedFixSchema);

const seal = (ctx: ProfileContext, scanId: string, purpose: 'scan-source' | 'scan-fixes'): SealContext => ({ purpose, profileId: ctx.profileId, recordId: scanId });

/** The fixed catalog of a scan, ready to download. */
export interface FixedCatalogFile {
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
  changeLogName: string;
  changeLog: string;
  changes: CatalogChange[];
  skipped: SkippedFix[];
}

/**
 * Read-modify-write of a scan's accepted fixes must not interleave (two quick clicks would lose
 * one): the writes of one profile store run one after another.
 */
const writeQueues = new WeakMap<ProfileContext, Promise<unknown>>();
function inTurn<T>(ctx: ProfileContext, work: () => Promise<T>): Promise<T> {
  const next = (writeQueues.get(ctx) ?? Promise.resolve()).then(work, work);
  writeQueues.set(ctx, next.catch(() => {}));
  return next;
}

async function fixesRecord(ctx: ProfileContext, scanId: string): Promise<ScanFixesRecord | null> {
  ownScanRecord(await ctx.db.get('scans', scanId), ctx.profileId, scanId);
  const value = await ctx.db.get('scanFixes', scanId);
  return value === undefined ? null : parseStored(scanFixesRecord, value, `fixes of scan ${scanId}`);
}

async function putFixesRecord(ctx: ProfileContext, scanId: string, change: Partial<Pick<ScanFixesRecord, 'source' | 'accepted'>>): Promise<void> {
  await runWrite(ctx.db, ['scans', 'scanFixes', 'keys'], `the fixes of scan ${scanId}`, async (transaction) => {
    await assertProfileLive(transaction, ctx.profileId);
    // The scan may have been deleted meanwhile: its fixes must not outlive it.
    ownScanRecord(await transaction.objectStore('scans').get(scanId), ctx.profileId, scanId);
    const stored = await transaction.objectStore('scanFixes').get(scanId);
    const current = stored === undefined ? { scanId, profileId: ctx.profileId, source: null, accepted: null } : parseStored(scanFixesRecord, stored, `fixes of scan ${scanId}`);
    await transaction.objectStore('scanFixes').put({ ...current, ...change });
  });
}

/** Keep the checked file's form (and a workbook's bytes) with the scan, for its fixed catalog. */
export async function keepCatalogSource(ctx: ProfileContext, scanId: string, source: { format: CatalogFormat; workbook?: Uint8Array }): Promise<void> {
  const format = parseInput(catalogFormatSchema, source.format, 'The catalog file form');
  const workbook = format.kind === 'xlsx' && source.workbook && source.workbook.length <= MAX_KEPT_WORKBOOK_BYTES ? toBase64(source.workbook) : null;
  const sealed = await sealPayload(ctx.key, seal(ctx, scanId, 'scan-source'), { format, workbook });
  await inTurn(ctx, () => putFixesRecord(ctx, scanId, { source: sealed }));
}

export async function acceptedFixes(ctx: ProfileContext, scanId: string): Promise<AcceptedFix[]> {
  const record = await fixesRecord(ctx, scanId);
  if (!record?.accepted) return [];
  return openPayload(ctx.key, seal(ctx, scanId, 'scan-fixes'), record.accepted, acceptedPayload, `accepted fixes of scan ${scanId}`);
}

/** Replace or add fixes (one per cell: a newer one for the same cell wins); returns the whole list. */
function changeAccepted(ctx: ProfileContext, scanId: string, update: (current: AcceptedFix[]) => AcceptedFix[]): Promise<AcceptedFix[]> {
  return inTurn(ctx, async () => {
    const next = update(await acceptedFixes(ctx, scanId));
    const sealed = await sealPayload(ctx.key, seal(ctx, scanId, 'scan-fixes'), next);
    await putFixesRecord(ctx, scanId, { accepted: sealed });
    return next;
  });
}

function merged(current: readonly AcceptedFix[], added: readonly AcceptedFix[]): AcceptedFix[] {
  const cell = (fix: AcceptedFix) => `${fix.row}:${fix.columnIndex}`;
  const replaced = new Set(added.map(cell));
  return [...current.filter((fix) => !replaced.has(cell(fix))), ...added];
}

/** Accept one finding's fix. The finding must be one of the scan's, with a value to write. */
export async function acceptFindingFix(ctx: ProfileContext, scanId: string, finding: Finding): Promise<AcceptedFix[]> {
  const asked = parseInput(findingSchema, finding, 'The finding');
  const { report } = await getScan(ctx, scanId);
  const own = report?.findings.find(
    (f) => f.ruleId === asked.ruleId && f.row === asked.row && f.field === asked.field && f.value === asked.value && f.fix === asked.fix,
  );
  const fix = own && report ? acceptedFixOf(own, report.mapping) : null;
  if (!fix) throw new InvalidInputError(`Row ${asked.row ?? '–'} (${asked.ruleId}) has no correction to accept in this scan.`);
  return changeAccepted(ctx, scanId, (current) => merged(current, [fix]));
}

/** Accept every fix of one rule in the scan ("Accept all fixes of this rule"). */
export async function acceptRuleFixes(ctx: ProfileContext, scanId: string, ruleId: string): Promise<AcceptedFix[]> {
  const { report } = await getScan(ctx, scanId);
  const fixes = report ? acceptAllFixes(report.findings, report.mapping, [ruleId]) : [];
  return changeAccepted(ctx, scanId, (current) => merged(current, fixes));
}

/** Take back an accepted fix of one cell. */
export function withdrawFix(ctx: ProfileContext, scanId: string, cell: { row: number; columnIndex: number }): Promise<AcceptedFix[]> {
  return changeAccepted(ctx, scanId, (current) => current.filter((fix) => fix.row !== cell.row || fix.columnIndex !== cell.columnIndex));
}

/**
 * The scan's catalog with its accepted fixes applied, in the form it came in, and the change log.
 * A workbook kept with the scan is patched; otherwise the stored rows are written as CSV in the
 * file's delimiter and encoding (a page table: UTF-8 CSV).
 */
export async function buildFixedCatalog(ctx: ProfileContext, scanId: string): Promise<FixedCatalogFile> {
  const record = await fixesRecord(ctx, scanId);
  const source = record?.source ? await openPayload(ctx.key, seal(ctx, scanId, 'scan-source'), record.source, sourcePayload, `source of scan ${scanId}`) : null;
  const fixes = await acceptedFixes(ctx, scanId);
  const { scan, table } = await readReceivedRows(ctx, scanId);
  const fileName = scan.source.kind === 'file' ? scan.source.fileName : 'page-catalog.csv';
  const workbook = source?.workbook ? fromBase64(source.workbook) : undefined;
  const format = source?.format ?? DEFAULT_CSV_FORMAT;
  const read: ReadCatalog = workbook && format.kind === 'xlsx' ? readCatalog(workbook, fileName, { sheet: format.sheet }) : { table, format };
  const fixed = writeFixedCatalog({ read, bytes: workbook, fileName }, fixes);
  const name = fixedCatalogName(fileName, format, workbook !== undefined);
  return {
    fileName: name,
    bytes: fixed.bytes,
    mimeType: fixed.mimeType,
    changeLogName: changeLogName(name),
    changeLog: changeLogCsv(fixed.changes),
    changes: fixed.changes,
    skipped: fixed.skipped,
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole workbook as arguments overflows the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
