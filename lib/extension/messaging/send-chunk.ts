/** How often a chunk is sent again when delivery fails, and the pause before each retry. */
const SEND_ATTEMPTS = 4;
const RETRY_PAUSE_MS = 250;
/**
 * How long to wait for the worker to take a chunk. Storing 1,000 rows takes tens of
 * milliseconds; a reply that has not come after this long will not come.
 */
const REPLY_TIMEOUT_MS = 5_000;

class ReplyTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReplyTimeout(`the extension did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Send one chunk of rows to the service worker. Chrome stops an idle MV3 service worker; one
 * stopped while a chunk is on its way either drops the reply with an error or never answers at
 * all. Sending again wakes a new worker; the worker stores chunks by start row, so a chunk it did
 * receive is not counted twice. Used by the content script (page tables) and the extension's
 * pages (files, pasted cells) alike.
 */
export async function sendChunkWithRetry<Chunk>(chunk: Chunk, send: (chunk: Chunk) => Promise<unknown>): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await withTimeout(send(chunk), REPLY_TIMEOUT_MS);
    } catch (error) {
      if (attempt >= SEND_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS * attempt));
    }
  }
}
