/**
 * The UTF-8 JSON of a long list (a page of a report's findings, a chunk of rows), made a part at
 * a time so the service worker can take its turns between parts, for sealPayload's bytes.
 *
 * Why parts of a bounded size in characters: in the worker, JSON.stringify and TextEncoder cost
 * far more per character once a text passes V8's largest regular heap object (128 KB; a longer
 * string goes to the large-object space). 1,000 findings (280,000 characters) took 4 ms to
 * stringify and 6 ms to encode in an idle worker, 250 of them 0.3 ms each; while finishing a
 * 100,000-row scan, sealing one page of 1,000 findings at once was a task of 45–100 ms of CPU
 * (profile of `npm run bench:worker`), over the 50 ms the worker may be held. A count of items
 * alone would not bound a part: one cell may hold 10,000 characters.
 *
 * Why not smaller records instead: pages of about 200 findings (five times as many IndexedDB
 * puts in the report's transaction) made Chrome's sweep of its own heap after the transaction a
 * task of 400–500 ms, in the benchmark and with plain puts of as many records.
 */
export const MAX_PART_CHARS = 60_000;

const COMMA = 0x2c;
const OPEN = 0x5b;
const CLOSE = 0x5d;

/**
 * The bytes of `JSON.stringify(items)`, encoded at most about `maxChars` characters at a time (an
 * item longer than that is one part), calling `turn` between parts (see workInTurns).
 *
 * Encoded into one growing buffer (encodeInto), not a new array per part: TextEncoder.encode's
 * arrays live in Chrome's own heap, and a few thousand of them per scan made its sweeps tasks of
 * 80–280 ms of CPU in the benchmark's worker.
 */
export async function jsonArrayBytes(items: readonly unknown[], turn: () => Promise<void>, maxChars = MAX_PART_CHARS): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  let bytes = new Uint8Array(64 * 1024);
  bytes[0] = OPEN;
  let at = 1;
  for (let start = 0; start < items.length; ) {
    if (start > 0) await turn();
    const texts: string[] = [];
    let chars = 0;
    let end = start;
    while (end < items.length) {
      // As in an array: what JSON cannot say (undefined, a function) is written null.
      const text = JSON.stringify(items[end]) ?? 'null';
      if (texts.length > 0 && chars + text.length > maxChars) break;
      texts.push(text);
      chars += text.length + 1;
      end++;
    }
    const part = texts.join(',');
    // A UTF-16 code unit is at most 3 bytes of UTF-8; room for the comma before and the closing bracket.
    const room = at + 1 + part.length * 3 + 1;
    if (room > bytes.length) {
      const larger = new Uint8Array(Math.max(room, bytes.length * 2));
      larger.set(bytes.subarray(0, at));
      bytes = larger;
    }
    if (start > 0) bytes[at++] = COMMA;
    at += encoder.encodeInto(part, bytes.subarray(at)).written;
    start = end;
  }
  bytes[at++] = CLOSE;
  return bytes.subarray(0, at);
}
