import { describe, expect, it } from 'vitest';
import { withCheckedRows } from '../../../lib/extension/messaging/chunk-rows';
import { type PackedTableChunk, tableChunkEnvelope, tableChunkMessage } from '../../../lib/extension/messaging/messages';
import { CHUNKS_ON_THEIR_WAY, PAGE_ROWS_PER_CHUNK, streamTable, TableHandover } from '../../../lib/page/table-chunks';

const source = { scanId: '4a3a2f4e-8f3c-4c39-9f35-1b1f6a1d2c3b', tableId: 't0', page: { url: 'https://portal.example/entry', title: 'Entry' } };
const HEADERS = ['Line', 'HTS code'];

const entryLines = (from: number, count: number): string[][] => Array.from({ length: count }, (_, i) => [String(from + i + 1), '8471.30.0100']);

/** A worker that takes each chunk when the test lets it: `pending` holds the chunks sent and not yet answered. */
function heldWorker(reply: (chunk: PackedTableChunk) => unknown = (chunk) => ({ ok: true, receivedRows: chunk.startRow + chunk.rows.length })) {
  const sent: PackedTableChunk[] = [];
  const pending: (() => void)[] = [];
  const send = (chunk: PackedTableChunk) => {
    sent.push(chunk);
    return new Promise<unknown>((resolve) => pending.push(() => resolve(reply(chunk))));
  };
  /** Answer the chunks on their way until nothing more is sent (for 200 ms: a loaded machine is slow to send the next). */
  const answerAll = async () => {
    for (let rounds = 0; rounds < 100; rounds++) {
      await until(() => pending.length > 0, 200);
      const answer = pending.shift();
      if (!answer) return;
      answer();
    }
  };
  return { sent, pending, send, answerAll };
}

/** A chunk as the worker takes it: the envelope checked, then its rows unpacked and checked (chunk-rows.ts); null when refused. */
async function asTheWorkerTakes(chunk: PackedTableChunk) {
  const envelope = tableChunkEnvelope.safeParse(chunk);
  return envelope.success ? withCheckedRows(envelope.data) : null;
}

/** Let every promise callback run that is due now, without letting a task (a timer) run. */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wait until `ok()` holds, or `ms` have passed: the hand-over sends from promise callbacks, late on a loaded machine. */
async function until(ok: () => boolean, ms = 2_000): Promise<void> {
  for (const end = Date.now() + ms; !ok() && Date.now() < end; ) await sleep(5);
}

describe('table hand-over', () => {
  it("carries each <select>'s shown label with the chunk that holds its row, and every chunk parses with the chunk schema", async () => {
    const rows = Array.from({ length: PAGE_ROWS_PER_CHUNK * 2 + 5 }, (_, i) => [String(i + 1), 'DE']);
    const shownTexts = [
      { row: 1, column: 1, text: 'Alemania' },
      { row: PAGE_ROWS_PER_CHUNK, column: 1, text: 'Alemania' },
      { row: PAGE_ROWS_PER_CHUNK + 1, column: 1, text: 'Alemania' },
      { row: PAGE_ROWS_PER_CHUNK * 2 + 5, column: 1, text: 'Alemania' },
    ];
    const chunks: PackedTableChunk[] = [];
    const reply = await streamTable({ headers: ['Line', 'Origin'], rows, shownTexts }, source, async (chunk) => chunks.push(chunk));
    expect(reply).toEqual({ ok: true, totalRows: rows.length });
    expect(chunks.map((chunk) => chunk.shown?.map((cell) => cell.row))).toEqual([[1, PAGE_ROWS_PER_CHUNK], [PAGE_ROWS_PER_CHUNK + 1], [PAGE_ROWS_PER_CHUNK * 2 + 5]]);
    for (const chunk of chunks) expect(tableChunkMessage.parse(await asTheWorkerTakes(chunk))).toMatchObject({ shown: chunk.shown });
    expect((await Promise.all(chunks.map(asTheWorkerTakes))).flatMap((chunk) => chunk!.rows)).toEqual(rows);
  });

  it('leaves `shown` out when every cell shows its value, and hands an empty table over as one empty, last chunk', async () => {
    const chunks: PackedTableChunk[] = [];
    await streamTable({ headers: ['Line'], rows: [['1']] }, source, async (chunk) => chunks.push(chunk));
    expect(chunks[0]).not.toHaveProperty('shown');
    chunks.length = 0;
    await streamTable({ headers: ['Line'], rows: [] }, source, async (chunk) => chunks.push(chunk));
    expect(chunks).toEqual([expect.objectContaining({ startRow: 0, rows: [], totalRows: 0, last: true, headers: ['Line'] })]);
  });

  it('sends rows while the table is still being read, a few chunks on their way at a time, and counts them only in the last chunk', async () => {
    const worker = heldWorker();
    const handover = new TableHandover(source, worker.send);
    const ready = CHUNKS_ON_THEIR_WAY + 2;
    const table = entryLines(0, PAGE_ROWS_PER_CHUNK * ready + 10);
    // The reader passes rows on in uneven batches, as its slices end.
    handover.add(HEADERS, table.slice(0, 700));
    handover.add(HEADERS, table.slice(700, PAGE_ROWS_PER_CHUNK * ready + 5));
    await until(() => worker.sent.length >= CHUNKS_ON_THEIR_WAY);
    await sleep(20);
    // More full chunks are ready, but only CHUNKS_ON_THEIR_WAY are on their way until the worker takes the first.
    const startsOf = (count: number) => Array.from({ length: count }, (_, i) => i * PAGE_ROWS_PER_CHUNK);
    expect(worker.sent.map((chunk) => chunk.startRow)).toEqual(startsOf(CHUNKS_ON_THEIR_WAY));
    expect(worker.sent[0]).not.toHaveProperty('totalRows');
    expect(worker.sent[0]!.last).toBe(false);
    worker.pending.shift()!();
    await until(() => worker.sent.length > CHUNKS_ON_THEIR_WAY);
    await sleep(20);
    expect(worker.sent.map((chunk) => chunk.startRow)).toEqual(startsOf(CHUNKS_ON_THEIR_WAY + 1));

    const finished = handover.finish({ headers: HEADERS, rows: table });
    await worker.answerAll();
    expect(await finished).toEqual({ ok: true, totalRows: table.length });
    expect(worker.sent.map((chunk) => [chunk.startRow, chunk.rows.length, chunk.last, chunk.totalRows])).toEqual([
      ...startsOf(ready).map((start) => [start, PAGE_ROWS_PER_CHUNK, false, undefined]),
      [PAGE_ROWS_PER_CHUNK * ready, 10, true, table.length],
    ]);
    const taken = await Promise.all(worker.sent.map(asTheWorkerTakes));
    expect(taken.flatMap((chunk) => chunk!.rows)).toEqual(table);
    for (const chunk of taken) expect(tableChunkMessage.parse(chunk)).toEqual(chunk);
  });

  it('finishes only once every chunk on its way was taken, whatever order the replies come in', async () => {
    const worker = heldWorker();
    const handover = new TableHandover(source, worker.send);
    const table = entryLines(0, PAGE_ROWS_PER_CHUNK * 2 + 1);
    let done = false;
    const finished = handover.finish({ headers: HEADERS, rows: table }).then((reply) => ((done = true), reply));
    await until(() => worker.sent.length === 3);
    // The last chunk is answered first, then the second: the first is still on its way.
    worker.pending.pop()!();
    worker.pending.pop()!();
    await sleep(20);
    expect(done).toBe(false);
    worker.pending.shift()!();
    expect(await finished).toEqual({ ok: true, totalRows: table.length });
  });

  it('sends the first chunks in a task of their own, and each next one as soon as a reply comes', async () => {
    const worker = heldWorker();
    const handover = new TableHandover(source, worker.send);
    const table = entryLines(0, PAGE_ROWS_PER_CHUNK * (CHUNKS_ON_THEIR_WAY + 2) + 1);
    handover.add(HEADERS, table);
    // Rows are added from a reading slice: sending copies them, so not in that slice.
    await microtasks();
    expect(worker.sent).toHaveLength(0);
    await until(() => worker.sent.length >= CHUNKS_ON_THEIR_WAY);
    expect(worker.sent).toHaveLength(CHUNKS_ON_THEIR_WAY);
    // A reply comes in a task of its own: the next chunk goes out from it, not a task later
    // (on a 50,000-row table a task later meant a reading slice later, and the chunks fell behind).
    worker.pending.shift()!();
    await microtasks();
    expect(worker.sent).toHaveLength(CHUNKS_ON_THEIR_WAY + 1);
    worker.pending.shift()!();
    await microtasks();
    expect(worker.sent.map((chunk) => chunk.startRow)).toEqual(Array.from({ length: CHUNKS_ON_THEIR_WAY + 2 }, (_, i) => i * PAGE_ROWS_PER_CHUNK));
    const finished = handover.finish({ headers: HEADERS, rows: table });
    await worker.answerAll();
    expect(await finished).toEqual({ ok: true, totalRows: table.length });
    // Once the hand-over was idle, the next chunk waits for a task of its own again.
    const sentBefore = worker.sent.length;
    const later = new TableHandover(source, worker.send);
    later.add(HEADERS, table);
    await microtasks();
    expect(worker.sent).toHaveLength(sentBefore);
    await until(() => worker.sent.length > sentBefore);
    expect(worker.sent[sentBefore]!.startRow).toBe(0);
    const ended = later.abandon();
    await worker.answerAll();
    await ended;
  });

  it('holds back a full chunk until a row follows it, so a table of whole chunks still ends with rows in its last chunk', async () => {
    const worker = heldWorker();
    const handover = new TableHandover(source, worker.send);
    const table = entryLines(0, PAGE_ROWS_PER_CHUNK * 2);
    handover.add(HEADERS, table);
    const finished = handover.finish({ headers: HEADERS, rows: table });
    await worker.answerAll();
    await finished;
    expect(worker.sent.map((chunk) => [chunk.startRow, chunk.rows.length, chunk.last])).toEqual([
      [0, PAGE_ROWS_PER_CHUNK, false],
      [PAGE_ROWS_PER_CHUNK, PAGE_ROWS_PER_CHUNK, true],
    ]);
  });

  it('stops when the worker refuses a chunk: nothing more is sent, the reading is told to stop, and the reason is the answer', async () => {
    const worker = heldWorker((chunk) => (chunk.startRow === 0 ? { ok: true, receivedRows: PAGE_ROWS_PER_CHUNK } : { ok: false, error: 'The scan was cancelled.' }));
    let stopped = 0;
    const handover = new TableHandover(source, worker.send, () => stopped++);
    const table = entryLines(0, PAGE_ROWS_PER_CHUNK * 4);
    handover.add(HEADERS, table.slice(0, 3_500));
    await worker.answerAll();
    expect(stopped).toBe(1);
    expect(handover.refused?.error).toContain(`from row ${PAGE_ROWS_PER_CHUNK + 1} on: The scan was cancelled.`);
    handover.add(HEADERS, table.slice(3_500));
    expect(await handover.finish({ headers: HEADERS, rows: table })).toEqual(handover.refused);
    // Only the chunks sent before the refusal came: those on their way, and none after.
    expect(worker.sent.length).toBeLessThanOrEqual(CHUNKS_ON_THEIR_WAY + 1);
    expect(worker.sent.map((chunk) => chunk.startRow)).toEqual(Array.from({ length: worker.sent.length }, (_, i) => i * PAGE_ROWS_PER_CHUNK));
  });

  it('when reading ends early, waits for the chunks on their way and sends nothing after them', async () => {
    const worker = heldWorker();
    const handover = new TableHandover(source, worker.send);
    handover.add(HEADERS, entryLines(0, 2_500));
    await until(() => worker.sent.length > 0);
    let abandoned = false;
    const abandoning = handover.abandon().then(() => (abandoned = true));
    await sleep(20);
    expect(abandoned).toBe(false);
    await worker.answerAll();
    await abandoning;
    expect(worker.sent.map((chunk) => chunk.startRow)).toEqual(Array.from({ length: CHUNKS_ON_THEIR_WAY }, (_, i) => i * PAGE_ROWS_PER_CHUNK));
    expect((await handover.finish({ headers: HEADERS, rows: entryLines(0, 2_500) })).ok).toBe(false);
  });

  it('refuses to finish with fewer rows than were already handed over', async () => {
    const worker = heldWorker();
    const handover = new TableHandover(source, worker.send);
    handover.add(HEADERS, entryLines(0, 1_200));
    const finished = handover.finish({ headers: HEADERS, rows: entryLines(0, 900) });
    await worker.answerAll();
    expect(await finished).toEqual({ ok: false, error: expect.stringMatching(/lost rows while it was read \(1200 read, 900 at the end\)/) });
  });
});

describe('the table chunk schema', () => {
  const chunk = { type: 'table-chunk', ...source, headers: HEADERS, startRow: 1_000, rows: entryLines(1_000, 2) } as const;

  it('takes a chunk without a row count before the last one, and requires the count, matching its rows, on the last', () => {
    expect(tableChunkMessage.safeParse({ ...chunk, last: false }).success).toBe(true);
    expect(tableChunkMessage.safeParse({ ...chunk, last: false, totalRows: 5_000 }).success).toBe(true);
    expect(tableChunkMessage.safeParse({ ...chunk, last: true, totalRows: 1_002 }).success).toBe(true);
    expect(tableChunkMessage.safeParse({ ...chunk, last: true }).success).toBe(false);
    expect(tableChunkMessage.safeParse({ ...chunk, last: true, totalRows: 5_000 }).success).toBe(false);
    expect(tableChunkMessage.safeParse({ ...chunk, last: false, totalRows: 1_002 }).success).toBe(false);
  });
});
