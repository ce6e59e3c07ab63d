import { contentFailure } from '../extension/messaging/content-script-messages';
import { ROWS_PER_CHUNK } from '../extension/messaging/message-limits';
import type { PackedTableChunk, SendTableReply } from '../extension/messaging/messages';
import { type PackedRow, packRow } from '../extension/messaging/packed-rows';
import { sendChunkWithRetry } from '../extension/messaging/send-chunk';
import type { PageTable } from './layout/page-table';
import type { ShownText } from './layout/table-layout';

export interface ChunkSource {
  scanId: string;
  tableId: string;
  page: { url: string; title: string };
}

/** The page's address and title, cut to what the chunk schema accepts. */
export function pageOrigin(doc: Document): ChunkSource['page'] {
  return { url: doc.location.href.slice(0, 4096), title: doc.title.slice(0, 1000) };
}

type ReadTable = Pick<PageTable, 'headers' | 'rows' | 'shownTexts'>;

/**
 * Rows per chunk the page sends (at most the ROWS_PER_CHUNK a chunk may hold). Sending a chunk
 * serialises it in the page's main thread in one go: 1,000 rows of a 12-column export took
 * 46 ms per chunk on average in a profile of a 50,000-row table on a loaded machine, most of
 * the content script's long tasks; half of that stays under the 50 ms bound. Fewer chunks cost
 * the worker less: each one is a message, a store transaction and a look-up of the profile, and
 * with 250-row chunks the page, done reading, waited seconds for the worker to take the last ones.
 */
export const PAGE_ROWS_PER_CHUNK = Math.min(500, ROWS_PER_CHUNK);
/**
 * Chunks sent before the worker answered the first of them. The worker takes a chunk in steps
 * that wait (it seals the rows with WebCrypto off its thread, writes them in a transaction, takes
 * turns between parts): one chunk at a time, the page waited out each step of each chunk. On a
 * 50,000-row table, reading finished with 60 chunks (30,000 rows) not yet handed over, whose
 * replies had taken 40–700 ms each while the page read and 10 ms each once it was done.
 */
export const CHUNKS_ON_THEIR_WAY = 3;
type Refusal = Extract<SendTableReply, { ok: false }>;

/**
 * A table handed to the service worker as it is read: rows go out in chunks of PAGE_ROWS_PER_CHUNK,
 * in order, while the page reads on, so the worker stores (seals, writes) the first rows while
 * the page is still reading the last; the last chunk says how many rows the table has, which is
 * only then known. At most CHUNKS_ON_THEIR_WAY chunks are on their way at a time (a slow worker
 * is never flooded); rows read meanwhile wait here. The worker stores each chunk by its start row,
 * so chunks may arrive in any order. A full chunk is held back until a row follows
 * it, so the last chunk always has rows unless the table has none (one empty, last chunk, so the
 * worker still learns the headers and that the table is complete).
 *
 * A reply of the `contentFailure` shape from the worker (the scan was cancelled or refused), or a
 * chunk that cannot be delivered, ends the hand-over: later rows are dropped, `onRefused` is told
 * (to stop reading), and `finish` answers with the reason.
 */
export class TableHandover {
  private headers: string[] | null = null;
  /**
   * Rows read and not yet in a chunk, packed as they come (packed-rows.ts): a row's cell strings
   * are then garbage at once, and only one string a row waits for its chunk to be sent;
   * `pendingShown` their shown texts (rows numbered from 1 in the whole table).
   */
  private pending: PackedRow[] = [];
  private pendingShown: ShownText[] = [];
  /** Rows already put in chunks: the start row of the next chunk. */
  private chunkedRows = 0;
  /** Chunks dispatched behind CHUNKS_ON_THEIR_WAY others on their way, in order: each goes out when one of those was delivered. */
  private waiting: PackedTableChunk[] = [];
  /** The deliveries under way, each settling once its chunk was delivered or given up on. */
  private onTheirWay = new Set<Promise<void>>();
  /** Why the worker did not take a chunk; null while it takes them all. */
  private refusal: Refusal | null = null;
  /** Reading ended early (see abandon): nothing more is sent. */
  private closed = false;

  constructor(
    private readonly source: ChunkSource,
    private readonly send: (chunk: PackedTableChunk) => Promise<unknown>,
    private readonly onRefused: () => void = () => {},
  ) {}

  /** Rows taken so far (sent, on their way or waiting): the next rows added are numbered from here. */
  get rowsTaken(): number {
    return this.chunkedRows + this.pending.length;
  }

  /** More rows of the table, continuing from `rowsTaken`; the headers must be the table's final ones. */
  add(headers: string[], rows: readonly string[][], shown: readonly ShownText[] = []): void {
    if (this.refusal || this.closed) return;
    this.headers ??= headers;
    for (const row of rows) this.pending.push(packRow(row));
    for (const cell of shown) this.pendingShown.push(cell);
    while (this.pending.length > PAGE_ROWS_PER_CHUNK) this.dispatch(PAGE_ROWS_PER_CHUNK, false);
  }

  /**
   * The table as read in the end: hand over its rows past those already taken, then the last
   * chunk with the row count, and answer once every chunk was taken (or why not).
   */
  async finish(table: ReadTable): Promise<SendTableReply> {
    const taken = this.rowsTaken;
    if (table.rows.length < taken) {
      await this.abandon();
      return { ok: false, error: `The table lost rows while it was read (${taken} read, ${table.rows.length} at the end). Press the button again.` };
    }
    this.add(table.headers, table.rows.slice(taken), (table.shownTexts ?? []).filter((cell) => cell.row > taken));
    if (!this.refusal && !this.closed) this.dispatch(this.pending.length, true);
    await this.delivered();
    if (this.closed) return this.refusal ?? { ok: false, error: 'Reading ended before the table was handed over whole.' };
    return this.refusal ?? { ok: true, totalRows: table.rows.length };
  }

  /** Why the worker stopped taking rows (the scan was cancelled or refused), or null. */
  get refused(): Refusal | null {
    return this.refusal;
  }

  /**
   * Reading ended early: nothing more is sent, and when this settles the chunks that were on their
   * way have arrived (or failed), so the worker can remove the scan without a late chunk starting it again.
   */
  async abandon(): Promise<void> {
    this.closed = true;
    this.pending = [];
    this.pendingShown = [];
    this.waiting = [];
    await this.delivered();
  }

  /** Settles once every chunk dispatched so far was delivered or given up on. */
  private async delivered(): Promise<void> {
    // A delivery that settles starts the next chunk waiting before this looks again.
    while (this.onTheirWay.size > 0) await Promise.all(this.onTheirWay);
  }

  private dispatch(rowCount: number, last: boolean): void {
    const rows = this.pending.splice(0, rowCount);
    const startRow = this.chunkedRows;
    this.chunkedRows += rows.length;
    const end = this.chunkedRows;
    let taken = 0;
    while (taken < this.pendingShown.length && this.pendingShown[taken]!.row <= end) taken++;
    const shown = this.pendingShown.splice(0, taken);
    const chunk: PackedTableChunk = {
      type: 'table-chunk',
      scanId: this.source.scanId,
      tableId: this.source.tableId,
      page: this.source.page,
      headers: this.headers ?? [],
      startRow,
      rows,
      ...(last ? { totalRows: end } : {}),
      last,
      ...(shown.length > 0 ? { shown } : {}),
    };
    if (this.onTheirWay.size < CHUNKS_ON_THEIR_WAY) this.start(chunk, true);
    else this.waiting.push(chunk);
  }

  /**
   * Sends `chunk`; once it is delivered, the first chunk waiting goes. A chunk is sent from the
   * reading slice that dispatched it (`fromReadingSlice`) or from the task that brought an earlier
   * chunk's reply.
   */
  private start(chunk: PackedTableChunk, fromReadingSlice: boolean): void {
    const delivery: Promise<void> = this.deliver(chunk, fromReadingSlice).finally(() => {
      this.onTheirWay.delete(delivery);
      const next = this.waiting.shift();
      if (next) this.start(next, false);
    });
    this.onTheirWay.add(delivery);
  }

  private async deliver(chunk: PackedTableChunk, fromReadingSlice: boolean): Promise<void> {
    // Its own task: sending copies a chunk's rows, which should not lengthen a reading slice. A
    // reply's task is one already: waiting for another there cost a reading slice per chunk, and
    // on a 50,000-row table the chunks fell 30,000 rows behind the reading.
    if (fromReadingSlice) await new Promise((resolve) => setTimeout(resolve, 0));
    if (this.refusal || this.closed) return;
    const stop = (why: string) => {
      // Chunks on their way beside this one may be refused too: the first reason stands, and reading is told once.
      if (this.refusal) return;
      this.refusal = { ok: false, error: `The table was not handed over from row ${chunk.startRow + 1} on: ${why}`.slice(0, 2000) };
      this.pending = [];
      this.pendingShown = [];
      this.onRefused();
    };
    let reply: unknown;
    try {
      reply = await sendChunkWithRetry(chunk, this.send);
    } catch (error) {
      return stop(error instanceof Error ? error.message : String(error));
    }
    const refused = contentFailure.safeParse(reply);
    if (refused.success) stop(refused.data.error);
  }
}

/** Hand a table already read whole to the worker, chunk by chunk (a file's rows, a short table). */
export function streamTable(table: ReadTable, source: ChunkSource, send: (chunk: PackedTableChunk) => Promise<unknown>): Promise<SendTableReply> {
  return new TableHandover(source, send).finish(table);
}
