import { describe, expect, it } from 'vitest';
import { MARKS_PER_MESSAGE, type PageMark } from '../../../../lib/extension/messaging/messages';
import { MarkBatches } from '../../../../lib/page/marks/mark-batches';
import { parseContentRequest } from '../../../../lib/page/marks/mark-request';
import { TimeSlicer } from '../../../../lib/page/time-slices';

const mark = (row: number): PageMark => ({ row, column: 1, severity: 'error', ruleId: 'origin-invalid', message: 'Not a country' });
const BATCH = '0b6f1c1e-8f0a-4a53-9d64-2a8a3f3c1d11';
const NEWER = '4e7a9f7d-2b1c-4c8e-8d3a-6f0e9b2c5a44';

describe('marks handed to the page in parts', () => {
  it('draws the parts taken under a batch before the show-marks request’s own marks, once', () => {
    const batches = new MarkBatches();
    batches.take(BATCH, [mark(1), mark(2)]);
    batches.take(BATCH, [mark(3)]);
    expect(batches.claim(BATCH, [mark(4)])?.map((m) => m.row)).toEqual([1, 2, 3, 4]);
    expect(batches.claim(BATCH, [mark(4)])).toBeNull();
    expect(batches.claim(undefined, [mark(5)])?.map((m) => m.row)).toEqual([5]);
  });

  it('keeps only the newest batch', () => {
    const batches = new MarkBatches();
    batches.take(BATCH, [mark(1)]);
    batches.take(NEWER, [mark(2)]);
    expect(batches.claim(BATCH, [])).toBeNull();
    expect(batches.claim(NEWER, [])?.map((m) => m.row)).toEqual([2]);
  });

  it('accepts a take-marks request of up to MARKS_PER_MESSAGE valid marks, and refuses more or a bad one', async () => {
    const marks = Array.from({ length: MARKS_PER_MESSAGE }, (_, i) => mark(i + 1));
    const taken = await parseContentRequest({ type: 'take-marks', batchId: BATCH, marks }, new TimeSlicer());
    expect(taken).toMatchObject({ type: 'take-marks', batchId: BATCH });
    expect(taken && 'marks' in taken && taken.marks).toHaveLength(MARKS_PER_MESSAGE);
    expect(await parseContentRequest({ type: 'take-marks', batchId: BATCH, marks: [...marks, mark(1)] }, new TimeSlicer())).toBeNull();
    expect(await parseContentRequest({ type: 'take-marks', batchId: BATCH, marks: [{ ...mark(1), row: 0 }] }, new TimeSlicer())).toBeNull();
    expect(await parseContentRequest({ type: 'show-marks', tableId: 't0', batchId: BATCH, marks: [mark(1)] }, new TimeSlicer())).toMatchObject({ type: 'show-marks', batchId: BATCH });
  });
});
