/**
 * One piece of a report being written as UTF-8 bytes: parts already encoded are copied in, whole
 * numbers written as their digits. The bytes of a finished piece are its own (a stream may hold
 * them until written), so each piece is written into a buffer of its own, sized as the last one
 * needed.
 */
export class Utf8Piece {
  private buffer: Uint8Array;

  private length = 0;

  constructor(capacity = FIRST_CAPACITY) {
    this.buffer = new Uint8Array(capacity);
  }

  write(part: Uint8Array): void {
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

  /** `number`, a whole number of 0 or more, in decimal digits: a row number. */
  writeWholeNumber(number: number): void {
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

  /** The bytes written so far. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** A new, empty piece with room for as many bytes as this one took. */
  next(): Utf8Piece {
    return new Utf8Piece(this.buffer.length);
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
