import { describe, expect, it } from 'vitest';
import { Utf8Piece } from '../../../../lib/core/report/utf8-piece';

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('Utf8Piece', () => {
  it('copies encoded parts in order, short and long', () => {
    const piece = new Utf8Piece();
    const long = 'Währung "€" '.repeat(20);
    piece.write(utf8('{"a":'));
    piece.write(utf8(long));
    piece.write(utf8('}'));
    expect(text(piece.take())).toBe(`{"a":${long}}`);
  });

  it('writes whole numbers as their decimal digits', () => {
    const piece = new Utf8Piece();
    for (const number of [0, 7, 10, 99, 100, 1_000_001, 2_147_483_647]) {
      piece.write(utf8(' '));
      piece.writeWholeNumber(number);
    }
    expect(text(piece.take())).toBe(' 0 7 10 99 100 1000001 2147483647');
  });

  it('grows past its first capacity without losing a byte', () => {
    const piece = new Utf8Piece(4);
    const expected: string[] = [];
    for (let i = 0; i < 500; i++) {
      piece.write(utf8(`x${i};`));
      piece.writeWholeNumber(i);
      expected.push(`x${i};${i}`);
    }
    expect(text(piece.take())).toBe(expected.join(''));
  });

  it('leaves the bytes it handed over alone when the next piece is written', () => {
    const piece = new Utf8Piece(8);
    piece.write(utf8('first piece'));
    const handedOver = piece.take();
    piece.write(utf8('second piece, longer'));
    piece.writeWholeNumber(42);
    expect(text(handedOver)).toBe('first piece');
    expect(text(piece.take())).toBe('second piece, longer42');
    expect(piece.take()).toHaveLength(0);
  });

  it('writes the next piece over the last once told the last is no longer held', () => {
    const piece = new Utf8Piece(64);
    piece.write(utf8('first'));
    const handedOver = piece.take();
    piece.reuse();
    piece.write(utf8('again'));
    expect(text(handedOver)).toBe('again');
    expect(text(piece.take())).toBe('again');
  });
});
