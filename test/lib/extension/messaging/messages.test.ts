import { describe, expect, it } from 'vitest';
import {
  contentFailure,
  contentRequest,
  MAX_CELL_LENGTH,
  MAX_COLUMNS,
  readingProgress,
  ROWS_PER_CHUNK,
  sendTableReply,
  tableChunkMessage,
} from '../../../../lib/extension/messaging/messages';

// The schemas are written with zod/mini to keep the content script small: every limit they
// promise must still hold, since a page can post anything to a content script.
const SCAN_ID = '7d3f2b8e-1c4a-4e6b-9a2d-5f8c1e0b3a77';
const chunk = {
  type: 'table-chunk',
  scanId: SCAN_ID,
  tableId: 't0',
  page: { url: 'https://portal.example/entry', title: 'Entry lines' },
  headers: ['Part No', 'HTS'],
  startRow: 0,
  rows: [['A-1', '8471.30.0100']],
  totalRows: 1,
  last: true,
};

describe('message schemas', () => {
  it('accept the messages the extension sends', () => {
    expect(tableChunkMessage.parse(chunk)).toEqual(chunk);
    expect(contentRequest.parse({ type: 'send-table', scanId: SCAN_ID, tableId: 't0', allPages: true })).toMatchObject({ type: 'send-table' });
    expect(contentRequest.parse({ type: 'show-marks', tableId: 't0', marks: [{ row: 1, column: null, severity: 'error', ruleId: 'hts-format', message: 'm' }] })).toBeTruthy();
    expect(sendTableReply.parse({ ok: true, totalRows: 3, paging: { page: 1, pages: 2, allPagesRead: true } })).toBeTruthy();
    expect(readingProgress.parse({ type: 'reading-progress', scanId: SCAN_ID, rowsRead: 5, rowsExpected: null })).toBeTruthy();
  });

  it('refuse what a hostile page could post', () => {
    const refused = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) => expect(schema.safeParse(value).success).toBe(false);
    refused(contentRequest, { type: 'run-script', code: 'alert(1)' });
    refused(contentRequest, { type: 'send-table', scanId: 'not-a-uuid', tableId: 't0' });
    refused(contentRequest, { type: 'send-table', scanId: SCAN_ID, tableId: 'x'.repeat(65) });
    refused(contentRequest, { type: 'show-marks', tableId: 't0', marks: [{ row: 0, column: null, severity: 'error', ruleId: 'r', message: 'm' }] });
    refused(contentRequest, { type: 'show-marks', tableId: 't0', marks: [{ row: 1.5, column: null, severity: 'error', ruleId: 'r', message: 'm' }] });
    refused(contentRequest, { type: 'show-marks', tableId: 't0', marks: [{ row: 1, column: -1, severity: 'fatal', ruleId: 'r', message: 'm' }] });
    refused(tableChunkMessage, { ...chunk, rows: [['x'.repeat(MAX_CELL_LENGTH + 1)]] });
    refused(tableChunkMessage, { ...chunk, headers: Array.from({ length: MAX_COLUMNS + 1 }, () => 'h') });
    refused(tableChunkMessage, { ...chunk, rows: Array.from({ length: ROWS_PER_CHUNK + 1 }, () => ['a']) });
    refused(tableChunkMessage, { ...chunk, startRow: -1 });
    refused(contentFailure, { ok: false, error: 'e'.repeat(2001) });
    refused(readingProgress, { type: 'reading-progress', scanId: SCAN_ID, rowsRead: Number.NaN, rowsExpected: null });
  });
});

describe('content requests', () => {
  const mark = { row: 1, column: 0, severity: 'error', ruleId: 'hts-format', message: 'm' };
  const requests = [
    { type: 'list-tables' },
    { type: 'send-table', scanId: SCAN_ID, tableId: 't0', pageOnly: true },
    { type: 'cancel-reading', scanId: SCAN_ID },
    { type: 'page-facts' },
    { type: 'take-marks', batchId: SCAN_ID, marks: [mark] },
    { type: 'show-marks', tableId: 't0', batchId: SCAN_ID, marks: [mark], focus: { row: 1, column: 0, ruleId: 'hts-format' } },
    { type: 'clear-marks' },
  ];

  it('are each parsed as themselves, with fields they do not have left out', () => {
    for (const request of requests) {
      expect(contentRequest.parse(request)).toEqual(request);
      expect(contentRequest.parse({ ...request, code: 'alert(1)' })).toEqual(request);
    }
    expect(contentRequest.parse({ type: 'list-tables', scanId: SCAN_ID, marks: [mark] })).toEqual({ type: 'list-tables' });
  });

  it('are refused when their type is missing or their fields belong to another type', () => {
    const refused = (value: unknown) => expect(contentRequest.safeParse(value).success).toBe(false);
    refused({});
    refused({ type: 'take-marks', tableId: 't0', marks: [mark] });
    refused({ type: 'cancel-reading', tableId: 't0' });
    refused({ type: 'show-marks', scanId: SCAN_ID, marks: [mark] });
  });
});
