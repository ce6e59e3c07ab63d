import { hasHiddenCharacters } from './safe-text';

/**
 * Each distinct text of a report as JSON in UTF-8 (quoted and escaped as JSON.stringify writes
 * it), worked out when first written and kept end to end in one buffer, with whether it holds a
 * hidden character: a report's findings share a few thousand texts among tens of thousands.
 * One buffer rather than an object and a byte array per text: those, thousands of them, outlived
 * the collector's young generation and were copied out of it.
 */
export class JsonTexts {
  /** The texts' bytes, end to end: text `n` is `bytes[starts[n]]` up to `bytes[starts[n + 1]]`. */
  bytes = new Uint8Array(FIRST_BYTES);

  starts = new Int32Array(FIRST_TEXTS + 1);

  /** 1 for a text holding a hidden character. */
  private hidden = new Uint8Array(FIRST_TEXTS);

  private readonly numberOf = new Map<string, number>();

  private count = 0;

  constructor(private readonly maxTexts = MAX_TEXTS_KEPT) {}

  /**
   * Room for `texts` more before any is forgotten: past `maxTexts` the texts are forgotten and
   * learnt again, so a report of all-different texts (a description quoted in each message) does
   * not keep them all. Texts learnt after this call are kept until it is called again.
   */
  keepRoomFor(texts: number): void {
    if (this.count + texts > this.maxTexts) this.forget();
  }

  /** The number of `text`; its bytes are read from `bytes` and `starts` as they are after the call (they may have grown). */
  of(text: string): number {
    const known = this.numberOf.get(text);
    if (known !== undefined) return known;
    const number = this.count;
    if (number + 1 >= this.starts.length) this.growTexts();
    const json = JSON.stringify(text);
    const start = this.starts[number]!;
    // UTF-16 to UTF-8 takes at most three bytes a code unit.
    if (start + json.length * 3 > this.bytes.length) this.growBytes(start + json.length * 3);
    this.starts[number + 1] = start + encoder.encodeInto(json, this.bytes.subarray(start)).written;
    this.hidden[number] = hasHiddenCharacters(text) ? 1 : 0;
    this.numberOf.set(text, number);
    this.count = number + 1;
    return number;
  }

  holdsHidden(number: number): boolean {
    return this.hidden[number] === 1;
  }

  private forget(): void {
    this.numberOf.clear();
    this.count = 0;
  }

  private growTexts(): void {
    const starts = new Int32Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
    const hidden = new Uint8Array(this.hidden.length * 2);
    hidden.set(this.hidden);
    this.hidden = hidden;
  }

  private growBytes(atLeast: number): void {
    const bytes = new Uint8Array(Math.max(atLeast, this.bytes.length * 2));
    bytes.set(this.bytes.subarray(0, this.starts[this.count]!));
    this.bytes = bytes;
  }
}

const encoder = new TextEncoder();
const FIRST_BYTES = 64 * 1024;
const FIRST_TEXTS = 1024;
/** Distinct texts kept at most (see `of`). */
const MAX_TEXTS_KEPT = 50_000;
