import { workInTurns } from '../worker-turns';
import { assertProfileLive, type ProfileContext } from './profile-context';
import type { SealedReport } from './report-pages';
import type { SealedPayload } from './sealed-payload';
import { type ReadWriteTransaction, runWrite } from './write-transaction';

/**
 * A sealed report is stored in several transactions of bounded size, then made the scan's report
 * by one small transaction. A 100,000-row catalog's report is about 50 MB of sealed pages: as one
 * transaction, the browser held and committed all of it at once, and a failure at its end threw
 * all of it away. The pages go under new keys (after the current report's: `firstPage`), so until
 * the last transaction the scan's earlier report is whole and readable, and a worker stopped
 * half-way leaves only pages nothing points to; the last transaction removes every page of the
 * scan but the new report's, and so does a failure (full disk) of the new pages.
 */

/**
 * Sealed bytes of findings pages per transaction: about 16 pages of 1,000 findings, a dozen
 * transactions for a 100,000-row catalog. Small enough that no commit holds a large part of the
 * report; large enough that the round trips of committing stay a small share of storing it.
 */
export const REPORT_BYTES_PER_TRANSACTION = 4 * 1024 * 1024;

/**
 * How long the worker may spend putting pages before it awaits their answers. A put clones its
 * page (a quarter of a megabyte) at once, 1–55 ms in the benchmark's loaded worker. One put
 * awaited before the next made storing a 100,000-row report (188 pages) 1.7–4.7 s of round trips
 * to the browser's storage; putting them all at once would clone the whole report in one task.
 */
export const PUTS_BUDGET_MS = 10;

/** The pages in batches of at most `maxBytes` each (a larger page alone), in order: [from, to) indexes. */
export function pageBatches(pages: readonly SealedPayload[], maxBytes = REPORT_BYTES_PER_TRANSACTION): { from: number; to: number }[] {
  const batches: { from: number; to: number }[] = [];
  let from = 0;
  let bytes = 0;
  for (let page = 0; page < pages.length; page++) {
    const size = pages[page]!.ciphertext.byteLength;
    if (page > from && bytes + size > maxBytes) {
      batches.push({ from, to: page });
      from = page;
      bytes = 0;
    }
    bytes += size;
  }
  if (pages.length > from) batches.push({ from, to: pages.length });
  return batches;
}

export interface ReportPlace {
  /** The key of the report's first page: the pages are [firstPage, firstPage + pages.length). */
  firstPage: number;
  /** What the writes are of, for a StorageFullError. */
  what: string;
  maxBytes?: number;
}

/**
 * Store `sealed` (sealed for `place.firstPage`), then run `complete` in the transaction that puts
 * the report's head: the scan becomes complete with the new report, or stays as it was.
 */
export async function storeSealedReport<T>(
  ctx: ProfileContext,
  scanId: string,
  sealed: SealedReport,
  place: ReportPlace,
  complete: (transaction: ReadWriteTransaction) => Promise<T>,
): Promise<T> {
  const { firstPage, what } = place;
  try {
    const turn = workInTurns();
    for (const batch of pageBatches(sealed.pages, place.maxBytes)) {
      await runWrite(ctx.db, ['scanFindingPages', 'keys'], what, async (transaction) => {
        await assertProfileLive(transaction, ctx.profileId);
        await putPages(transaction, ctx, scanId, sealed.pages, batch, firstPage);
      });
      await turn();
    }
    return await runWrite(ctx.db, ['scans', 'scanFindings', 'scanFindingPages', 'keys'], what, async (transaction) => {
      await assertProfileLive(transaction, ctx.profileId);
      const pages = transaction.objectStore('scanFindingPages');
      // Every page of the scan but the new report's: the earlier report's, and any a stopped worker left.
      await pages.delete(IDBKeyRange.bound([scanId, -Infinity], [scanId, firstPage], false, true));
      await pages.delete(IDBKeyRange.bound([scanId, firstPage + sealed.pages.length], [scanId, Infinity]));
      await transaction.objectStore('scanFindings').put({ scanId, profileId: ctx.profileId, report: sealed.head, findingPages: sealed.pages.length, firstPage });
      return complete(transaction);
    });
  } catch (error) {
    await removeNewPages(ctx, scanId, firstPage, sealed.pages.length);
    throw error;
  }
}

/** Put pages [batch.from, batch.to), in turns of about PUTS_BUDGET_MS, awaiting each turn's answers. */
async function putPages(
  transaction: ReadWriteTransaction,
  ctx: ProfileContext,
  scanId: string,
  sealedPages: readonly SealedPayload[],
  batch: { from: number; to: number },
  firstPage: number,
): Promise<void> {
  const store = transaction.objectStore('scanFindingPages');
  for (let page = batch.from; page < batch.to; ) {
    const turnStart = performance.now();
    const answers: Promise<unknown>[] = [];
    try {
      do {
        answers.push(store.put({ scanId, profileId: ctx.profileId, page: firstPage + page, findings: sealedPages[page]! }));
        page++;
      } while (page < batch.to && performance.now() - turnStart < PUTS_BUDGET_MS);
    } catch (error) {
      // A put refused at once (the transaction already aborted by an earlier one of the turn):
      // the earlier one's failure says why (a full disk), so it is the one reported.
      await Promise.all(answers);
      throw error;
    }
    await Promise.all(answers);
  }
}

/**
 * The pages of a report that did not become the scan's (a full disk, the profile deleted): removed,
 * so a failed completion leaves nothing of itself. Deleting frees space, so it works on a full
 * disk; if it fails all the same, the pages are unreachable and go with the scan.
 */
async function removeNewPages(ctx: ProfileContext, scanId: string, firstPage: number, count: number): Promise<void> {
  if (count === 0) return;
  await runWrite(ctx.db, ['scanFindingPages'], 'unused findings pages', async (transaction) => {
    await transaction.objectStore('scanFindingPages').delete(IDBKeyRange.bound([scanId, firstPage], [scanId, firstPage + count], false, true));
  }).catch(() => {});
}

/** Where a new report of the scan goes: after the pages of its current one (see the header). */
export function nextFirstPage(current: { firstPage?: number; findingPages?: number } | undefined): number {
  if (!current) return 0;
  return (current.firstPage ?? 0) + (current.findingPages ?? 0);
}
