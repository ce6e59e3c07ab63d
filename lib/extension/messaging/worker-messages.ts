import { z } from 'zod';
import { marksOutcome, tableChunkMessage } from './messages';

/**
 * Messages to and from the service worker. Chunks come from content scripts; events go out to
 * whichever extension page listens (the popup shows progress, the results page refreshes).
 */

/**
 * What the worker accepts: table chunks from content scripts, and from the extension's pages a
 * nudge to finish scans interrupted by a worker stop. Pages read IndexedDB themselves.
 */
export const workerRequest = z.discriminatedUnion('type', [tableChunkMessage, z.object({ type: z.literal('resume-scans') })]);
export type WorkerRequest = z.infer<typeof workerRequest>;

/** The worker's answer to a chunk: stored (with the rows it now has), or why not, in words for the user. */
export const chunkReply = z.union([
  z.object({ ok: z.literal(true), receivedRows: z.number().int().nonnegative() }),
  z.object({ ok: z.literal(false), error: z.string().max(2000) }),
]);
export type ChunkReply = z.infer<typeof chunkReply>;

export const scanEvent = z.object({
  type: z.literal('scan-event'),
  scanId: z.string().uuid(),
  phase: z.enum(['reading', 'validating', 'done', 'failed']),
  rowsDone: z.number().int().nonnegative(),
  rowsTotal: z.number().int().nonnegative(),
  /** For `failed`: what went wrong, for the user. */
  error: z.string().max(2000).optional(),
  /** For `done`, once the findings were sent to the page: how many marks it could draw, and why not all. */
  marks: marksOutcome.optional(),
});
export type ScanEvent = z.infer<typeof scanEvent>;
