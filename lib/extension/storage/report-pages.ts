import { z } from 'zod';
import type { Finding } from '../../core/model/finding';
import { findingSchema } from '../../core/report/issues-export-schema';
import type { ValidationReport } from '../../core/validate';
import { workInTurns } from '../worker-turns';
import { parseStored } from './parse-stored';
import type { ProfileContext } from './profile-context';
import { jsonArrayBytes } from './json-parts';
import { openPayload, type SealContext, type SealedPayload, sealJsonBytes, sealPayload } from './sealed-payload';
import { storedReportSchema } from './stored-report';
import { type ScanFindingsRecord, scanFindingPageRecord } from './stored-records';

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

/**
 * Seal a report in pages, pausing between them (outside any transaction: see workInTurns). Each
 * page is sealed for its key, `firstPage` onwards (report-writes.ts says why a report's pages
 * may not start at 0).
 */
export async function sealReport(ctx: ProfileContext, scanId: string, report: ValidationReport, firstPage = 0): Promise<SealedReport> {
  const turn = workInTurns();
  const head = await sealPayload(ctx.key, reportSeal(ctx, scanId), { ...report, findings: [] });
  const pages: SealedPayload[] = [];
  for (let start = 0; start < report.findings.length; start += FINDINGS_PER_PAGE) {
    await turn();
    const json = await jsonArrayBytes(report.findings.slice(start, start + FINDINGS_PER_PAGE), turn);
    pages.push(await sealJsonBytes(ctx.key, pageSeal(ctx, scanId, firstPage + pages.length), json));
  }
  return { head, pages };
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
  const firstPage = record.firstPage ?? 0;
  const storedPages: unknown[] = [];
  for (let page = 0; page < pageCount; page++) storedPages.push(await readPage(firstPage + page));
  const report = await openPayload(ctx.key, reportSeal(ctx, scanId), record.report, storedReportSchema, what);
  if (record.findingPages === undefined) return report;
  const turn = workInTurns();
  const findings: Finding[] = report.findings;
  for (let page = 0; page < pageCount; page++) {
    await turn();
    const pageWhat = `${what} (findings page ${page + 1} of ${pageCount})`;
    const stored = parseStored(scanFindingPageRecord, storedPages[page], pageWhat);
    const pageFindings = await openPayload(ctx.key, pageSeal(ctx, scanId, firstPage + page), stored.findings, findingsPage, pageWhat);
    for (const finding of pageFindings) findings.push(finding);
  }
  return report;
}
