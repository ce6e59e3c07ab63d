import { describe, expect, it } from 'vitest';
import type { ContentRequest, TableChunkMessage } from '../../../../lib/extension/messaging/messages';
import type { ScanEvent } from '../../../../lib/extension/messaging/worker-messages';
import { activeProfile } from '../../../../lib/extension/scan/active-profile';
import { createScanWorker } from '../../../../lib/extension/scan/scan-worker';
import { type CustomsDatabase, openProfileStore } from '../../../../lib/extension/storage';
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
  const worker = createScanWorker({
    database: async () => db,
    broadcast: (event) => events.push(event),
    sendToTab: async (tabId, request) => {
      sent.push({ tabId, request });
    },
  });
  return { worker, events, sent };
}

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await condition()); i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('scan worker', () => {
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
    expect(events.at(-1)).toMatchObject({ phase: 'done', rowsDone: 3, rowsTotal: 3 });
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

  it('tells the popup how many marks the page drew, and why none when it could not draw them', async () => {
    for (const [reply, expected] of [
      [{ ok: true, drawn: 2, unplaced: 0 }, { drawn: 2, unplaced: 0 }],
      [{ ok: true, drawn: 0, unplaced: 2, problem: 'None of the 2 marks could be placed.' }, { drawn: 0, unplaced: 2, problem: 'None of the 2 marks could be placed.' }],
      [{ ok: false, error: 'The marks cannot be drawn on this page: no.' }, { drawn: 0, problem: 'The marks cannot be drawn on this page: no.' }],
      [undefined, { drawn: 0, problem: expect.stringMatching(/page changed before its marks could be drawn/) }],
    ] as const) {
      const db = await freshDatabase();
      const events: ScanEvent[] = [];
      const worker = createScanWorker({ database: async () => db, broadcast: (event) => events.push(event), sendToTab: async () => reply });
      await worker.receiveChunk(chunk(0, ROWS, true), 1);
      await until(() => events.some((event) => event.marks !== undefined));
      expect(events.find((event) => event.marks)).toMatchObject({ phase: 'done', scanId: SCAN_ID, marks: expected });
    }
  });
});
