import { z } from 'zod';
import type { Finding } from '../../core/model/finding';
import { findingSchema } from '../../core/report/issues-export-schema';
import type { ValidationReport } from '../../core/validate';
import { workInTurns } from '../worker-turns';
import { keysUnder } from './database-schema';
import { parseStored } from './parse-stored';
import type { ProfileContext } from './profile-context';
import { jsonArrayBytes } from './json-parts';
import { openPayload, type SealContext, type SealedPayload, sealJsonBytes, sealPayload } from './sealed-payload';
import { storedReportSchema } from './stored-report';
import { type ScanFindingsRecord, scanFindingPageRecord } from './stored-records';
import type { ReadWriteTransaction } from './write-transaction';

/**
 * A report is sealed and stored as its head (everything but the findings) and its findings in
 * pages. A 100,000-row catalog can have 200,000 findings, tens of megabytes of JSON: as one
 * payload, encoding, encrypting and storing it held the service worker for seconds, and so did
 * reading it back to draw the marks. A page is sealed, stored and opened in a few milliseconds,
 * and the worker takes its turns between pages.
 */

/**
 * About a quarter of a megabyte of JSON. Sealing a page (JSON, encoding, encryption) or opening
 * one (decryption, parsing, checking its shape) is one stretch the worker cannot break: pages of
 * 2,000 findings took 40–90 ms each in a worker profile of `npm run bench:worker` on this loaded
 * 2-core machine, over the 50 ms the worker may be held. A page's JSON is made in parts
 * (json-parts.ts), the worker taking its turns between them.
 */
export const FINDINGS_PER_PAGE = 1_000;

export const reportSeal = (ctx: ProfileContext, scanId: string): SealContext => ({ purpose: 'scan-report', profileId: ctx.profileId, recordId: scanId });
const pageSeal = (ctx: ProfileContext, scanId: string, page: number): SealContext => ({
  purpose: 'scan-findings',
  profileId: ctx.profileId,
  recordId: `${scanId}/${page}`,
});

const findingsPage = z.array(findingSchema);

export interface SealedReport {
  head: SealedPayload;
  pages: SealedPayload[];
}

/** Seal a report in pages, pausing between them (outside any transaction: see workInTurns). */
export async function sealReport(ctx: ProfileContext, scanId: string, report: ValidationReport): Promise<SealedReport> {
  const turn = workInTurns();
  const head = await sealPayload(ctx.key, reportSeal(ctx, scanId), { ...report, findings: [] });
  const pages: SealedPayload[] = [];
  for (let start = 0; start < report.findings.length; start += FINDINGS_PER_PAGE) {
    await turn();
    const json = await jsonArrayBytes(report.findings.slice(start, start + FINDINGS_PER_PAGE), turn);
    pages.push(await sealJsonBytes(ctx.key, pageSeal(ctx, scanId, pages.length), json));
  }
  return { head, pages };
}

/**
 * How long the worker may spend putting pages before it awaits their answers. A put clones its
 * page (a quarter of a megabyte) at once, 1–55 ms in the benchmark's loaded worker. One put
 * awaited before the next made storing a 100,000-row report (188 pages) 1.7–4.7 s of round trips
 * to the browser's storage; putting them all at once would clone the whole report in one task.
 */
export const PUTS_BUDGET_MS = 10;

/**
 * Store a sealed report, replacing the scan's previous one, in the caller's transaction: the pages
 * go in one transaction (all or none), put in batches of about PUTS_BUDGET_MS, and the worker
 * handles other events while a batch's answers come.
 */
export async function putSealedReport(
  transaction: ReadWriteTransaction,
  ctx: ProfileContext,
  scanId: string,
  sealed: SealedReport,
  now: () => number = () => performance.now(),
): Promise<void> {
  const pages = transaction.objectStore('scanFindingPages');
  await pages.delete(keysUnder(scanId));
  for (let page = 0; page < sealed.pages.length; ) {
    const batchStart = now();
    const batch: Promise<unknown>[] = [];
    try {
      do {
        batch.push(pages.put({ scanId, profileId: ctx.profileId, page, findings: sealed.pages[page]! }));
        page++;
      } while (page < sealed.pages.length && now() - batchStart < PUTS_BUDGET_MS);
    } catch (error) {
      // A put refused at once (the transaction already aborted by an earlier one of the batch):
      // the earlier one's failure says why (a full disk), so it is the one reported.
      await Promise.all(batch);
      throw error;
    }
    await Promise.all(batch);
  }
  await transaction.objectStore('scanFindings').put({ scanId, profileId: ctx.profileId, report: sealed.head, findingPages: sealed.pages.length });
}

/**
 * Open a stored report. `readPage` fetches page records (in the caller's read transaction, all of
 * them before any is decrypted: awaiting WebCrypto would end that transaction). Reports stored
 * before schema 5 hold their findings in the head.
 */
export async function openReport(
  ctx: ProfileContext,
  scanId: string,
  record: ScanFindingsRecord,
  readPage: (page: number) => Promise<unknown>,
  what: string,
): Promise<ValidationReport> {
  const pageCount = record.findingPages ?? 0;
  const storedPages: unknown[] = [];
  for (let page = 0; page < pageCount; page++) storedPages.push(await readPage(page));
  const report = await openPayload(ctx.key, reportSeal(ctx, scanId), record.report, storedReportSchema, what);
  if (record.findingPages === undefined) return report;
  const turn = workInTurns();
  const findings: Finding[] = report.findings;
  for (let page = 0; page < pageCount; page++) {
    await turn();
    const pageWhat = `${what} (findings page ${page + 1} of ${pageCount})`;
    const stored = parseStored(scanFindingPageRecord, storedPages[page], pageWhat);
    const pageFindings = await openPayload(ctx.key, pageSeal(ctx, scanId, page), stored.findings, findingsPage, pageWhat);
    for (const finding of pageFindings) findings.push(finding);
  }
  return report;
}
