import { describe, expect, it } from 'vitest';
import type { ContentRequest, PageTableSummary, TableChunkMessage } from '../../../../lib/extension/messaging/messages';
import { activeProfile } from '../../../../lib/extension/scan/active-profile';
import { shouldAutoScan, sitePermissionPattern } from '../../../../lib/extension/scan/auto-scan';
import { createScanPipeline } from '../../../../lib/extension/scan/scan-pipeline';
import { openProfileStore } from '../../../../lib/extension/storage';
import { freshDatabase } from '../storage/storage-fixture';

const PORTAL = 'https://ace.cbp.dhs.gov';

describe('shouldAutoScan', () => {
  const granted = [`${PORTAL}/*`];

  it('scans a page of a site the user turned on and granted', () => {
    expect(shouldAutoScan(`${PORTAL}/entry/123?tab=lines`, [PORTAL], granted, {})).toBe(true);
  });

  it('leaves alone sites not turned on, not granted, or refused by policy', () => {
    expect(shouldAutoScan('https://erp.example/lines', [PORTAL], granted, {})).toBe(false);
    expect(shouldAutoScan(`${PORTAL}/entry/1`, [PORTAL], [], {})).toBe(false);
    expect(shouldAutoScan(`${PORTAL}/entry/1`, [PORTAL], ['https://*/*'], {})).toBe(false);
    expect(shouldAutoScan(`${PORTAL}/entry/1`, [PORTAL], granted, { allowedAutoScanSites: ['https://other.example'] })).toBe(false);
    expect(shouldAutoScan('chrome://extensions', [PORTAL], granted, {})).toBe(false);
  });
});

describe('sitePermissionPattern', () => {
  it('asks for the host without its port (Firefox match patterns have none; Chrome then matches every port)', () => {
    expect(sitePermissionPattern(PORTAL)).toBe('https://ace.cbp.dhs.gov/*');
    expect(sitePermissionPattern('http://127.0.0.1:4300')).toBe('http://127.0.0.1/*');
    expect(shouldAutoScan('http://127.0.0.1:4300/lines', ['http://127.0.0.1:4300'], ['http://127.0.0.1/*'], {})).toBe(true);
  });
});

describe('automatic scan of a tab', () => {
  const table: PageTableSummary = {
    tableId: 't0',
    label: 'Entry lines (table, 2 rows)',
    kind: 'html-table',
    headers: ['Part Number', 'Description', 'HTS', 'COO', 'Qty'],
    rowCount: 2,
    recognizedFields: 5,
  };
  const rows = [
    ['A-1', 'Laptop computers, 14 inch, with battery', '8471.30.0100', 'CN', '10'],
    ['A-2', 'Parts', '8471.30.0100', 'Germny', '5'],
  ];

  it('injects, reads the catalog table, stores the scan and shows the error count on the button', async () => {
    const db = await freshDatabase();
    const requests: ContentRequest[] = [];
    const badges: string[] = [];
    let injected = 0;
    // The "page": answers list-tables, and for send-table hands the rows to the worker as the content script does.
    const worker = createScanPipeline({
      database: async () => db,
      broadcast: () => {},
      injectContentScript: async () => {
        injected++;
      },
      setBadge: (_tab, text) => badges.push(text),
      sendToTab: async (tabId, request) => {
        requests.push(request);
        if (request.type === 'list-tables') return [table];
        if (request.type === 'send-table') {
          const chunk: TableChunkMessage = {
            type: 'table-chunk',
            scanId: request.scanId,
            tableId: request.tableId,
            page: { url: `${PORTAL}/entry/1`, title: 'Entry lines' },
            headers: table.headers,
            startRow: 0,
            rows,
            totalRows: rows.length,
            last: true,
          };
          await worker.receiveChunk(chunk, tabId);
          return { ok: true, totalRows: rows.length };
        }
        return { ok: true, drawn: 0, unplaced: 0 };
      },
    });

    expect(await worker.autoScan(9)).toBe('scanned');
    expect(injected).toBe(1);
    // The badge is set when the report is stored, the marks are sent after it: wait for the marks (up to 20 s on a busy machine).
    for (let i = 0; i < 2_000 && !requests.some((r) => r.type === 'show-marks'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const store = await openProfileStore(db, (await activeProfile(db)).id);
    const [scan] = await store.listScans();
    expect(scan).toMatchObject({ status: 'complete', source: { kind: 'page', url: `${PORTAL}/entry/1` } });
    expect(badges.at(-1)).toBe(String(scan!.summary!.error));
    expect(requests.map((r) => r.type)).toEqual(['list-tables', 'send-table', 'show-marks']);
  });

  it('does not scan a page whose best table is not clearly a catalog', async () => {
    const db = await freshDatabase();
    const worker = createScanPipeline({
      database: async () => db,
      broadcast: () => {},
      injectContentScript: async () => {},
      sendToTab: async (_tab, request) => (request.type === 'list-tables' ? [{ ...table, recognizedFields: 1 }] : { ok: true, totalRows: 0 }),
    });
    expect(await worker.autoScan(9)).toBe('no-catalog');
  });
});
