/**
 * A report being written as UTF-8 bytes a piece at a time: parts already encoded are copied in,
 * whole numbers written as their digits, and `take()` hands the piece over as a view of the
 * buffer. The next piece is written into a new buffer unless `reuse()` says the bytes handed over
 * are no longer held (the command line, once they are written out): a new buffer for each piece of
 * a 25 MB report raised the command line's peak memory by 10 to 15 MB, as the collector, seeing
 * little else allocated, let them pile up.
 */
export class Utf8Piece {
  private buffer: Uint8Array;

  private length = 0;

  /** The bytes of the buffer were handed over and may still be held: the next piece needs a buffer of its own. */
  private handedOver = false;

  constructor(capacity = FIRST_CAPACITY) {
    this.buffer = new Uint8Array(capacity);
  }

  write(part: Uint8Array): void {
    if (this.handedOver) this.renew();
    const at = this.length;
    const end = at + part.length;
    if (end > this.buffer.length) this.grow(end);
    const buffer = this.buffer;
    // Most parts are a few bytes (a comma, a key, a country code): copied by hand, they skip the
    // typed-array call that set() makes, which costs more than the copy.
    if (part.length < SHORT_PART) for (let i = 0; i < part.length; i++) buffer[at + i] = part[i]!;
    else buffer.set(part, at);
    this.length = end;
  }

  /** `source[start]` up to (not including) `source[end]`, copied without making a view of them. */
  writeRange(source: Uint8Array, start: number, end: number): void {
    if (this.handedOver) this.renew();
    const at = this.length;
    const length = end - start;
    if (at + length > this.buffer.length) this.grow(at + length);
    const buffer = this.buffer;
    if (length < SHORT_PART) for (let i = 0; i < length; i++) buffer[at + i] = source[start + i]!;
    else buffer.set(source.subarray(start, end), at);
    this.length = at + length;
  }

  /** `number`, a whole number of 0 or more, in decimal digits: a row number. */
  writeWholeNumber(number: number): void {
    if (this.handedOver) this.renew();
    let digits = 1;
    for (let rest = number; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    const end = this.length + digits;
    if (end > this.buffer.length) this.grow(end);
    let rest = number;
    for (let at = end - 1; at >= this.length; at--) {
      this.buffer[at] = DIGIT_ZERO + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.length = end;
  }

  /** The bytes written since the last piece was taken; the next piece starts empty, in a buffer of its own (see `reuse`). */
  take(): Uint8Array {
    const piece = this.buffer.subarray(0, this.length);
    this.length = 0;
    this.handedOver = true;
    return piece;
  }

  /** The bytes last taken are held by no one any more: the next piece may be written over them. */
  reuse(): void {
    this.handedOver = false;
  }

  private renew(): void {
    this.buffer = new Uint8Array(this.buffer.length);
    this.handedOver = false;
  }

  private grow(atLeast: number): void {
    const buffer = new Uint8Array(Math.max(atLeast, this.buffer.length * 2));
    buffer.set(this.buffer.subarray(0, this.length));
    this.buffer = buffer;
  }
}

const FIRST_CAPACITY = 16 * 1024;
const SHORT_PART = 32;
const DIGIT_ZERO = 48;
