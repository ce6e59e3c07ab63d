import { describe, expect, it } from 'vitest';
import { type ContentRequest, MARKS_PER_MESSAGE, type TableChunkMessage } from '../../../../lib/extension/messaging/messages';
import type { FileChunkMessage, ScanEvent } from '../../../../lib/extension/messaging/worker-messages';
import { activeProfile } from '../../../../lib/extension/scan/active-profile';
import { PAGE_DID_NOT_ANSWER } from '../../../../lib/extension/scan/page-scan';
import { createScanPipeline } from '../../../../lib/extension/scan/scan-pipeline';
import { createProfile, type CustomsDatabase, openProfileStore, writeSetting } from '../../../../lib/extension/storage';
import { freshDatabase } from '../storage/storage-fixture';

const HEADERS = ['Part Number', 'Description', 'HTS', 'COO', 'Qty', 'UOM', 'Unit Price', 'Ext. Value'];
const ROWS = [
  ['A-1', 'Laptop computers, 14 inch, with battery', '8471.30.0100', 'CN', '10', 'NO', '400.00', '4000.00'],
  ['A-2', 'Parts', '8471.30.01', 'Germny', '5', 'NO', '10.00', '50.00'],
  ['A-3', 'Microwave ovens combined with grill', '8516.60.4060', 'TR', '2', 'NO', '90.00', '180.00'],
];
const SCAN_ID = '7d3f2b8e-1c4a-4e6b-9a2d-5f8c1e0b3a77';

function chunk(startRow: number, rows: string[][], last: boolean): TableChunkMessage {
  return {
    type: 'table-chunk',
    scanId: SCAN_ID,
    tableId: 't0',
    page: { url: 'https://portal.example/entry/1', title: 'Entry lines' },
    headers: HEADERS,
    startRow,
    rows,
    totalRows: ROWS.length,
    last,
  };
}

/** A worker whose browser side is recorded: events broadcast, requests sent to the tab. */
function recordingWorker(db: CustomsDatabase) {
  const events: ScanEvent[] = [];
  const sent: { tabId: number; request: ContentRequest }[] = [];
  /** Scans handed to the workspace sync as finished, in order. */
  const finished: string[] = [];
  const worker = createScanPipeline({
    workspace: { masterFor: async () => null, scanFinished: async (_store, scanId) => void finished.push(scanId) },
    database: async () => db,
    broadcast: (event) => events.push(event),
    injectContentScript: async () => {},
    sendToTab: async (tabId, request) => {
      sent.push({ tabId, request });
      return request.type === 'show-marks' ? { ok: true, drawn: request.marks.length, unplaced: 0 } : undefined;
    },
  });
  return { worker, events, sent, finished };
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('scan pipeline', () => {
  it('stores chunks, validates on the last one, and draws marks in the tab', async () => {
    const db = await freshDatabase();
    const { worker, events, sent } = recordingWorker(db);
    expect(await worker.receiveChunk(chunk(0, ROWS.slice(0, 2), false), 7)).toEqual({ ok: true, receivedRows: 2 });
    expect(await worker.receiveChunk(chunk(2, ROWS.slice(2), true), 7)).toEqual({ ok: true, receivedRows: 3 });
    await until(() => sent.length > 0);

    const store = await openProfileStore(db, (await activeProfile(db)).id);
    const { scan, report } = await store.getScan(SCAN_ID);
    expect(scan.status).toBe('complete');
    expect(report!.findings.map((f) => `${f.row}:${f.ruleId}`)).toEqual(
      expect.arrayContaining(['2:hts-format', '2:origin-invalid', '2:description-vague']),
    );
    const request = sent[0]!.request;
    expect(sent[0]!.tabId).toBe(7);
    expect(request.type === 'show-marks' && request.marks.some((m) => m.row === 2 && m.column === 3 && m.ruleId === 'origin-invalid')).toBe(true);
    await until(() => events.some((e) => e.phase === 'marked'));
    // One 'done' as soon as the report is stored (the verdict does not wait for the marks), then one 'marked': how many were drawn.
    const phases = events.map((e) => e.phase).filter((phase) => phase === 'done' || phase === 'marked');
    expect(phases).toEqual(['done', 'marked']);
    expect(events.find((e) => e.phase === 'done')!.marks).toBeUndefined();
    expect(events.filter((e) => e.phase === 'marked')).toEqual([expect.objectContaining({ rowsDone: 3, rowsTotal: 3, marks: { drawn: report!.findings.filter((f) => f.row !== null).length, unplaced: 0 } })]);
    expect(sent.filter((s) => s.request.type === 'show-marks')).toHaveLength(1);
  });

  it('keeps a scan\'s rows in the profile it began in when the user switches profile while the page is read', async () => {
    const db = await freshDatabase();
    const { worker, events } = recordingWorker(db);
    await worker.receiveChunk(chunk(0, ROWS.slice(0, 2), false), 7);
    const began = await activeProfile(db);
    const other = await createProfile(db, { name: 'Second importer' });
    await writeSetting(db, 'activeProfileId', other.id);
    expect(await worker.receiveChunk(chunk(2, ROWS.slice(2), true), 7)).toEqual({ ok: true, receivedRows: 3 });
    await until(() => events.some((event) => event.phase === 'done'));
    expect((await (await openProfileStore(db, began.id)).getScan(SCAN_ID)).scan).toMatchObject({ status: 'complete', rowCount: 3 });
    expect(await (await openProfileStore(db, other.id)).listScans()).toEqual([]);
  });

  it('takes a chunk resent after a worker restart without duplicating rows', async () => {
    const db = await freshDatabase();
    await recordingWorker(db).worker.receiveChunk(chunk(0, ROWS.slice(0, 2), false), 1);
    // A new worker (Chrome stopped the old one) gets the same chunk again, then the rest.
    const { worker, sent } = recordingWorker(db);
    expect(await worker.receiveChunk(chunk(0, ROWS.slice(0, 2), false), 1)).toEqual({ ok: true, receivedRows: 2 });
    await worker.receiveChunk(chunk(2, ROWS.slice(2), true), 1);
    await until(() => sent.length > 0);
    const store = await openProfileStore(db, (await activeProfile(db)).id);
    expect((await store.getScan(SCAN_ID)).report!.rowCount).toBe(3);
  });

  it('finishes on start-up a scan whose rows all arrived before the worker was stopped', async () => {
    const db = await freshDatabase();
    const store = await openProfileStore(db, (await activeProfile(db)).id);
    await store.startScan({ id: SCAN_ID, source: { kind: 'page', url: 'https://portal.example/', title: 'x', tableId: 't0' }, headers: HEADERS, totalRows: 3 });
    await store.appendScanRows(SCAN_ID, { startRow: 0, rows: ROWS });
    expect((await store.getScan(SCAN_ID)).scan.status).toBe('reading');

    await recordingWorker(db).worker.startUp();
    expect((await store.getScan(SCAN_ID)).scan.status).toBe('complete');
  });

  it('leaves a scan still missing rows for the page to resend', async () => {
    const db = await freshDatabase();
    await recordingWorker(db).worker.receiveChunk(chunk(0, ROWS.slice(0, 1), false), 1);
    await recordingWorker(db).worker.startUp();
    const store = await openProfileStore(db, (await activeProfile(db)).id);
    expect((await store.getScan(SCAN_ID)).scan).toMatchObject({ status: 'reading', receivedRows: 1 });
  });

  it('accepts a chunk resent after the scan completed without reopening or failing it', async () => {
    const db = await freshDatabase();
    const { worker, events } = recordingWorker(db);
    await worker.receiveChunk(chunk(0, ROWS, true), 1);
    await until(() => events.some((e) => e.phase === 'done'));
    expect(await worker.receiveChunk(chunk(0, ROWS, true), 1)).toEqual({ ok: true, receivedRows: 3 });
    expect(events.some((e) => e.phase === 'failed')).toBe(false);
  });

  it('answers a chunk it cannot store with the reason, and broadcasts the failure', async () => {
    const db = await freshDatabase();
    const { worker, events } = recordingWorker(db);
    // Rows of the wrong shape for the stored scan: the store refuses them.
    const reply = await worker.receiveChunk({ ...chunk(0, ROWS, false), startRow: -1 } as TableChunkMessage, 1);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.length).toBeGreaterThan(10);
    expect(events.at(-1)).toMatchObject({ phase: 'failed', scanId: SCAN_ID });
  });

  it('checks a file handed over in chunks by an extension page the same way, with no page to mark', async () => {
    const db = await freshDatabase();
    const { worker, events, sent } = recordingWorker(db);
    const file = (startRow: number, rows: string[][], last: boolean): FileChunkMessage => ({
      type: 'file-chunk',
      scanId: SCAN_ID,
      fileName: 'catalog.csv',
      headers: HEADERS,
      startRow,
      rows,
      totalRows: ROWS.length,
      last,
    });
    await worker.receiveChunk(file(0, ROWS.slice(0, 1), false), null);
    await worker.receiveChunk(file(1, ROWS.slice(1), true), null);
    await until(() => events.some((e) => e.phase === 'done'));
    const store = await openProfileStore(db, (await activeProfile(db)).id);
    const { scan, report } = await store.getScan(SCAN_ID);
    expect(scan).toMatchObject({ status: 'complete', source: { kind: 'file', fileName: 'catalog.csv' } });
    expect(report!.findings.some((f) => f.row === 2 && f.ruleId === 'origin-invalid')).toBe(true);
    expect(events.find((e) => e.phase === 'done')!.marks).toBeNull();
    expect(sent).toEqual([]);
  });

  it('re-runs a scan with a corrected mapping through the same finish, and keeps the mapping for the site', async () => {
    const db = await freshDatabase();
    const { worker, events, finished } = recordingWorker(db);
    await worker.receiveChunk(chunk(0, ROWS, true), 1);
    // A page scan's marks follow its 'done'.
    await until(() => events.some((e) => e.phase === 'marked'));
    events.length = 0;
    expect(finished).toEqual([SCAN_ID]);
    // "COO" read as the description column instead: every origin finding goes, description ones change.
    expect(await worker.rerun(SCAN_ID, { origin: 'Description' })).toEqual({ ok: true });
    await until(() => events.some((e) => e.phase === 'done'));
    const store = await openProfileStore(db, (await activeProfile(db)).id);
    const { report } = await store.getScan(SCAN_ID);
    expect(report!.mapping.columnOf.origin).toBe(HEADERS.indexOf('Description'));
    expect((await store.profile()).siteMappings['https://portal.example']).toEqual({ origin: 'Description' });
    // Progress comes on a 100 ms clock: a loaded machine may tell "validating" before "done".
    expect(events.map((e) => e.phase).filter((phase) => phase !== 'validating')).toEqual(['done']);
    // The re-check follows the first to the workspace (in "send" mode), where it replaces it.
    await until(() => finished.length === 2);
    expect(finished).toEqual([SCAN_ID, SCAN_ID]);
  });

  it('finishes an interrupted scan on start-up and says so with a done event', async () => {
    const db = await freshDatabase();
    const store = await openProfileStore(db, (await activeProfile(db)).id);
    await store.startScan({ id: SCAN_ID, source: { kind: 'page', url: 'https://portal.example/', title: 'x', tableId: 't0' }, headers: HEADERS, totalRows: 3 });
    await store.appendScanRows(SCAN_ID, { startRow: 0, rows: ROWS });
    const { worker, events } = recordingWorker(db);
    await worker.startUp();
    // Progress comes on a 100 ms clock: a loaded machine may tell "validating" before "done".
    expect(events.filter((e) => e.phase !== 'validating')).toEqual([expect.objectContaining({ scanId: SCAN_ID, phase: 'done', rowsDone: 3 })]);
    expect(events.every((e) => e.scanId === SCAN_ID)).toBe(true);
  });

  it('starts a page scan on the most catalog-like table, follows the reading, and reports how it was read', async () => {
    const db = await freshDatabase();
    const events: ScanEvent[] = [];
    const table = { tableId: 't1', label: 'Lines', kind: 'html-table' as const, headers: HEADERS, rowCount: 3, recognizedFields: 8 };
    const requests: ContentRequest[] = [];
    const pipeline = createScanPipeline({
      database: async () => db,
      broadcast: (event) => events.push(event),
      injectContentScript: async () => {},
      sendToTab: async (_tabId, request) => {
        requests.push(request);
        if (request.type === 'list-tables') return [table, { ...table, tableId: 't0', recognizedFields: 1 }];
        if (request.type === 'send-table') return { ok: true, totalRows: 3, note: 'Page 1 of 2 read.', complete: false };
        return { ok: true, drawn: 0, unplaced: 0 };
      },
    });
    const reply = await pipeline.scanPage({ type: 'scan-page', tabId: 4, tableId: null, pageOnly: false });
    expect(reply).toMatchObject({ ok: true, table: { tableId: 't1' } });
    await until(() => events.some((e) => e.phase === 'read'));
    expect(events.find((e) => e.phase === 'read')).toMatchObject({ reading: { totalRows: 3, note: 'Page 1 of 2 read.', complete: false } });
    expect(requests.map((r) => r.type)).toEqual(['list-tables', 'send-table']);
  });

  it('answers "no table" with the canvas note when the best table is not a catalog beside a canvas grid', async () => {
    const db = await freshDatabase();
    const menu = { tableId: 't0', label: 'Menu', kind: 'html-table' as const, headers: ['File', 'Edit'], rowCount: 2, recognizedFields: 0 };
    const pipeline = createScanPipeline({
      database: async () => db,
      broadcast: () => {},
      injectContentScript: async () => {},
      sendToTab: async (_tabId, request) => (request.type === 'list-tables' ? [menu] : { ok: true, canvasGrid: 'This page draws its cells on a canvas.', foreignFrame: null }),
    });
    expect(await pipeline.scanPage({ type: 'scan-page', tabId: 4, tableId: null, pageOnly: false })).toEqual({
      ok: false,
      noTable: true,
      tables: [menu],
      unreadableGrid: 'This page draws its cells on a canvas.',
    });
  });

  it("checks the best table all the same when another site's frame sits beside it (a map, a video), and names the frame only when there is no table", async () => {
    const db = await freshDatabase();
    const menu = { tableId: 't0', label: 'Menu', kind: 'html-table' as const, headers: ['File', 'Edit'], rowCount: 2, recognizedFields: 0 };
    const frame = "This page shows another site's page in a frame (https://erp.example.net/lines).";
    let tables = [menu];
    const requests: string[] = [];
    const pipeline = createScanPipeline({
      database: async () => db,
      broadcast: () => {},
      injectContentScript: async () => {},
      sendToTab: async (_tabId, request) => {
        requests.push(request.type);
        return request.type === 'list-tables' ? tables : request.type === 'page-facts' ? { ok: true, canvasGrid: null, foreignFrame: frame } : undefined;
      },
    });
    await pipeline.scanPage({ type: 'scan-page', tabId: 4, tableId: null, pageOnly: false }).catch(() => {});
    expect(requests).toContain('send-table');
    tables = [];
    expect(await pipeline.scanPage({ type: 'scan-page', tabId: 4, tableId: null, pageOnly: false })).toEqual({ ok: false, noTable: true, tables: [], unreadableGrid: frame });
  });

  it('says in words when the page cannot be read at all', async () => {
    const db = await freshDatabase();
    const pipeline = createScanPipeline({
      database: async () => db,
      broadcast: () => {},
      injectContentScript: async () => {
        throw new Error('Cannot access a chrome:// URL');
      },
      sendToTab: async () => undefined,
    });
    const reply = await pipeline.scanPage({ type: 'scan-page', tabId: 4, tableId: null, pageOnly: false });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && 'error' in reply && reply.error).toMatch(/This page cannot be read.*chrome:\/\/ URL/);
  });

  it('says the page did not answer when no reader listens in the tab (reloaded, navigated, or keeping extensions out)', async () => {
    const db = await freshDatabase();
    const pipeline = createScanPipeline({
      database: async () => db,
      broadcast: () => {},
      injectContentScript: async () => {},
      // Chrome's words when the content script just injected is not there to answer.
      sendToTab: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    const reply = await pipeline.scanPage({ type: 'scan-page', tabId: 4, tableId: null, pageOnly: false });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && 'error' in reply && reply.error).toBe(PAGE_DID_NOT_ANSWER);
  });

  it('draws a stored scan\'s marks in a tab on request, and refuses for a file scan', async () => {
    const db = await freshDatabase();
    const { worker, events, sent } = recordingWorker(db);
    await worker.receiveChunk(chunk(0, ROWS, true), 1);
    await until(() => events.some((e) => e.phase === 'marked'));
    sent.length = 0;
    const shown = await worker.showMarks(5, SCAN_ID);
    expect(shown).toMatchObject({ ok: true, unplaced: 0 });
    expect(sent).toEqual([expect.objectContaining({ tabId: 5, request: expect.objectContaining({ type: 'show-marks', tableId: 't0' }) })]);
  });

  it('hands a page many marks in parts, then draws them all with one show-marks request', async () => {
    const db = await freshDatabase();
    const lines = Array.from({ length: 2_100 }, (_, i) => [`B-${i + 1}`, 'Parts', '8471.30.01', 'Germny', '5', 'NO', '10.00', '50.00']);
    const sent: ContentRequest[] = [];
    const taken: number[] = [];
    const events: ScanEvent[] = [];
    const worker = createScanPipeline({
      database: async () => db,
      broadcast: (event) => events.push(event),
      injectContentScript: async () => {},
      sendToTab: async (_tabId, request) => {
        sent.push(request);
        if (request.type === 'take-marks') taken.push(...request.marks.map((mark) => mark.row));
        return request.type === 'show-marks' ? { ok: true, drawn: taken.length + request.marks.length, unplaced: 0 } : { ok: true };
      },
    });
    for (let start = 0; start < lines.length; start += 1_000) {
      const rows = lines.slice(start, start + 1_000);
      const last = start + rows.length >= lines.length;
      await worker.receiveChunk({ ...chunk(start, rows, last), totalRows: lines.length }, 3);
    }
    await until(() => events.some((e) => e.phase === 'marked'));
    const store = await openProfileStore(db, (await activeProfile(db)).id);
    const onRows = (await store.getScan(SCAN_ID)).report!.findings.filter((f) => f.row !== null).length;
    expect(onRows).toBeGreaterThan(MARKS_PER_MESSAGE);
    // Every message but the last hands over marks; none carries more than MARKS_PER_MESSAGE; all carry the same batch.
    expect(sent.map((request) => request.type)).toEqual([...Array<string>(sent.length - 1).fill('take-marks'), 'show-marks']);
    expect(sent.every((request) => 'marks' in request && request.marks.length <= MARKS_PER_MESSAGE)).toBe(true);
    const batchIds = new Set(sent.map((request) => ('batchId' in request ? request.batchId : undefined)));
    expect(batchIds.size).toBe(1);
    expect([...batchIds][0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent.reduce((all, request) => all + ('marks' in request ? request.marks.length : 0), 0)).toBe(onRows);
    expect(events.find((e) => e.phase === 'marked')!.marks).toEqual({ drawn: onRows, unplaced: 0 });
  });

  it('tells the popup how many marks the page drew, and why none when it could not draw them', async () => {
    for (const [reply, expected] of [
      [{ ok: true, drawn: 2, unplaced: 0 }, { drawn: 2, unplaced: 0 }],
      [{ ok: true, drawn: 0, unplaced: 2, problem: 'None of the 2 marks could be placed.' }, { drawn: 0, unplaced: 2, problem: 'None of the 2 marks could be placed.' }],
      [{ ok: false, error: 'The marks cannot be drawn on this page: no.' }, { drawn: 0, problem: 'The marks cannot be drawn on this page: no.' }],
      [undefined, { drawn: 0, problem: expect.stringMatching(/page changed before its marks could be drawn/) }],
    ] as const) {
      const db = await freshDatabase();
      const events: ScanEvent[] = [];
      const worker = createScanPipeline({ database: async () => db, broadcast: (event) => events.push(event), injectContentScript: async () => {}, sendToTab: async () => reply });
      await worker.receiveChunk(chunk(0, ROWS, true), 1);
      await until(() => events.some((event) => event.marks !== undefined));
      expect(events.find((event) => event.marks)).toMatchObject({ phase: 'marked', scanId: SCAN_ID, marks: expected });
    }
  });

  describe('rows streamed as the page reads them (the count comes with the last chunk)', () => {
    /** A chunk of a page that has not counted its rows yet; the last one counts them. */
    const streamed = (startRow: number, rows: string[][], last: boolean): TableChunkMessage => {
      const { totalRows: _unknown, ...open } = chunk(startRow, rows, last);
      return last ? { ...open, totalRows: startRow + rows.length } : open;
    };

    it('stores each chunk as it comes without telling a row total, and checks every row once the last chunk counts them', async () => {
      const db = await freshDatabase();
      const { worker, events, sent } = recordingWorker(db);
      expect(await worker.receiveChunk(streamed(0, ROWS.slice(0, 1), false), 7)).toEqual({ ok: true, receivedRows: 1 });
      expect(await worker.receiveChunk(streamed(1, ROWS.slice(1, 2), false), 7)).toEqual({ ok: true, receivedRows: 2 });
      const store = await openProfileStore(db, (await activeProfile(db)).id);
      expect((await store.getScan(SCAN_ID)).scan).toMatchObject({ status: 'reading', receivedRows: 2, rowCountKnown: false });
      // The page's own progress is what the popup shows until the count is known.
      expect(events.filter((e) => e.phase === 'reading')).toEqual([]);

      await worker.receiveChunk(streamed(2, ROWS.slice(2), true), 7);
      await until(() => events.some((e) => e.phase === 'marked'));
      const { scan, report } = await store.getScan(SCAN_ID);
      expect(scan).toMatchObject({ status: 'complete', rowCount: 3 });
      expect(scan).not.toHaveProperty('rowCountKnown');
      expect(report!.rowCount).toBe(3);
      expect(sent.filter((s) => s.request.type === 'show-marks')).toHaveLength(1);
    });

    it('does not finish on start-up a scan whose page had not yet counted its rows, and finishes it when the last chunk comes to a new worker', async () => {
      const db = await freshDatabase();
      await recordingWorker(db).worker.receiveChunk(streamed(0, ROWS.slice(0, 2), false), 1);
      // Chrome stopped the worker mid-table: the new one must not take the two rows for the whole table.
      const restarted = recordingWorker(db);
      await restarted.worker.startUp();
      const store = await openProfileStore(db, (await activeProfile(db)).id);
      expect((await store.getScan(SCAN_ID)).scan).toMatchObject({ status: 'reading', receivedRows: 2 });
      // The page resends the chunk it got no answer for, then the last one.
      await restarted.worker.receiveChunk(streamed(0, ROWS.slice(0, 2), false), 1);
      await restarted.worker.receiveChunk(streamed(2, ROWS.slice(2), true), 1);
      await until(() => restarted.events.some((e) => e.phase === 'done'));
      expect((await store.getScan(SCAN_ID)).report!.rowCount).toBe(3);
    });

    it('finishes once when the chunk that completes the table comes after the last one (deliveries overlapped)', async () => {
      const db = await freshDatabase();
      const { worker, events, sent } = recordingWorker(db);
      await worker.receiveChunk(streamed(0, ROWS.slice(0, 1), false), 7);
      // The last chunk is stored before the one before it, and that one comes twice (resent after a late reply).
      expect(await worker.receiveChunk(streamed(2, ROWS.slice(2), true), 7)).toEqual({ ok: true, receivedRows: 2 });
      await Promise.all([worker.receiveChunk(streamed(1, ROWS.slice(1, 2), false), 7), worker.receiveChunk(streamed(1, ROWS.slice(1, 2), false), 7)]);
      await until(() => events.some((e) => e.phase === 'marked'));
      const store = await openProfileStore(db, (await activeProfile(db)).id);
      const { scan, report } = await store.getScan(SCAN_ID);
      expect(scan).toMatchObject({ status: 'complete', rowCount: 3, receivedRows: 3 });
      expect(report!.rowCount).toBe(3);
      expect(events.some((e) => e.phase === 'failed')).toBe(false);
      expect(events.filter((e) => e.phase === 'done')).toHaveLength(1);
      expect(sent.filter((s) => s.request.type === 'show-marks')).toHaveLength(1);
    });

    it('takes chunks that all arrive at once, the first included (the page keeps a few on their way), and finishes once with every row', async () => {
      const db = await freshDatabase();
      const { worker, events } = recordingWorker(db);
      const replies = await Promise.all([
        worker.receiveChunk(streamed(2, ROWS.slice(2), true), 7),
        worker.receiveChunk(streamed(0, ROWS.slice(0, 1), false), 7),
        worker.receiveChunk(streamed(1, ROWS.slice(1, 2), false), 7),
      ]);
      expect(replies.every((reply) => reply.ok)).toBe(true);
      await until(() => events.some((e) => e.phase === 'marked'));
      const store = await openProfileStore(db, (await activeProfile(db)).id);
      const { scan, report } = await store.getScan(SCAN_ID);
      expect(scan).toMatchObject({ status: 'complete', rowCount: 3, receivedRows: 3 });
      expect(report!.rowCount).toBe(3);
      expect(events.filter((e) => e.phase === 'done')).toHaveLength(1);
      expect(events.some((e) => e.phase === 'failed')).toBe(false);
    });

    it('refuses a chunk that arrives after the reading ended early, so it cannot start the removed scan again', async () => {
      const db = await freshDatabase();
      const events: ScanEvent[] = [];
      const table = { tableId: 't0', label: 'Lines', kind: 'html-table' as const, headers: HEADERS, rowCount: 3, recognizedFields: 8 };
      let endReading: (reply: unknown) => void = () => {};
      const pipeline = createScanPipeline({
        database: async () => db,
        broadcast: (event) => events.push(event),
        injectContentScript: async () => {},
        sendToTab: async (_tabId, request) => {
          if (request.type === 'list-tables') return [table];
          if (request.type === 'send-table') return new Promise((resolve) => (endReading = resolve));
          return { ok: true, drawn: 0, unplaced: 0 };
        },
      });
      const started = await pipeline.scanPage({ type: 'scan-page', tabId: 4, tableId: null, pageOnly: false });
      const scanId = started.ok ? started.scanId : '';
      const ofThisScan = (message: TableChunkMessage): TableChunkMessage => ({ ...message, scanId });
      await pipeline.receiveChunk(ofThisScan(streamed(0, ROWS.slice(0, 1), false)), 4);
      endReading({ ok: false, error: 'You cancelled reading the table: nothing was checked.' });
      await until(() => events.some((e) => e.phase === 'failed'));
      const store = await openProfileStore(db, (await activeProfile(db)).id);
      expect((await store.listScans()).map((scan) => scan.id)).not.toContain(scanId);

      const late = await pipeline.receiveChunk(ofThisScan(streamed(1, ROWS.slice(1, 2), false)), 4);
      expect(late).toEqual({ ok: false, error: expect.stringMatching(/ended before the table was read to its end/) });
      expect((await store.listScans()).map((scan) => scan.id)).not.toContain(scanId);
    });
  });
});

/**
 * Automatic scanning starts on "the tab finished loading", which the browser also says for every
 * frame the page loads: a read that loads a table's other pages out of sight (pages-by-address.ts)
 * said it at each page, and each started another scan of the tab.
 */
describe('automatic scanning while the tab is being read', () => {
  const table = { tableId: 't1', label: 'Lines', kind: 'html-table' as const, headers: HEADERS, rowCount: 3, recognizedFields: 8 };

  it('starts no scan while a scan of the tab reads it, nor two at once, and starts again once the reading ended', async () => {
    const db = await freshDatabase();
    const sent: number[] = [];
    let finishReading: (reply: unknown) => void = () => {};
    const pipeline = createScanPipeline({
      database: async () => db,
      broadcast: () => {},
      injectContentScript: async () => {},
      sendToTab: async (tabId, request) => {
        if (request.type === 'list-tables') return [table];
        if (request.type === 'send-table') {
          sent.push(tabId);
          return new Promise((resolve) => (finishReading = resolve));
        }
        return { ok: true, drawn: 0, unplaced: 0 };
      },
    });
    await pipeline.scanPage({ type: 'scan-page', tabId: 4, tableId: null, pageOnly: false });
    await until(() => sent.length === 1);
    // The read's frame loads: no scan of tab 4. Another tab is scanned.
    expect(await pipeline.autoScan(4)).toBe('reading');
    expect(sent).toEqual([4]);
    finishReading({ ok: false, error: 'stopped by the test' });
    // Once the reading ended (a task later), a load starts a scan again.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const again = pipeline.autoScan(4).catch(() => 'failed');
    await until(() => sent.length === 2);
    finishReading({ ok: true, totalRows: 3 });
    await again;
    // Two loads told at once: one scan.
    const [first, second] = [pipeline.autoScan(5), pipeline.autoScan(5)];
    expect(await second).toBe('reading');
    await until(() => sent.length === 3);
    finishReading({ ok: true, totalRows: 3 });
    await first.catch(() => {});
    expect(sent).toEqual([4, 4, 5]);
  });
});
