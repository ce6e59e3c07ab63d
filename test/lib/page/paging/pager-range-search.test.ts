import { describe, expect, it } from 'vitest';
import { COUNT_NUMBER, countValue, type RangeStatus, readRange } from '../../../../lib/page/paging/pager-words';

/**
 * readRange looks for a status line only where one can begin (pager-words.ts, firstRange). These
 * tests hold it to what trying its patterns at every place in turn finds, the reading it replaced,
 * on status lines and on generated texts of numbers, separators, dashes and words.
 */

const NUMBER = COUNT_NUMBER;
const RANGE_THEN_TOTAL = new RegExp(String.raw`(${NUMBER})\s*(?:[-–—~]|(?![共页頁])(?:\p{L}\p{M}*){1,5}\.?)\s*(${NUMBER})\s*([^\d\n]{1,30}?)\s*(${NUMBER})`, 'u');
const TOTAL_THEN_RANGE = new RegExp(String.raw`(${NUMBER})\s*(?:[\p{L}]{1,12}|\p{Script=Hangul}{1,6}\s+\p{Script=Hangul}{1,6})\s*(${NUMBER})\s*(?:[-–—~～]|から|至|到)\s*(${NUMBER})`, 'u');
const FILTERED_IN_PARENTHESES = new RegExp(String.raw`\(\s*[^()\d]{0,40}?(${NUMBER})[^()\d]{0,30}\)`, 'u');

/** Every place tried in turn: the reading before firstRange. */
function readRangeEverywhere(text: string): RangeStatus | null {
  const first = (pattern: RegExp, parts: (match: RegExpExecArray) => [string, string, string]): RangeStatus | null => {
    const search = new RegExp(pattern.source, `${pattern.flags}g`);
    for (let found = search.exec(text); found; found = search.exec(text)) {
      const [a, b, total] = parts(found).map(countValue) as [number, number, number];
      const range = total === 0 ? a <= 1 && b === 0 : a >= 1 && a <= b && b <= total;
      if (range) {
        const filtered = FILTERED_IN_PARENTHESES.exec(text.slice(found.index + found[0].length));
        const unfiltered = filtered && countValue(filtered[1]!) >= total ? countValue(filtered[1]!) : null;
        return { first: a, last: b, total, unfiltered };
      }
      search.lastIndex = found.index + 1;
    }
    return null;
  };
  return first(RANGE_THEN_TOTAL, (m) => [m[1]!, m[2]!, m[4]!]) ?? first(TOTAL_THEN_RANGE, (m) => [m[2]!, m[3]!, m[1]!]);
}

/** A small seeded generator, so a failure names a text that can be tried again. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  ' ', ' ', '  ', '\u00a0', '\u202f', ',', '.', "'", '-', '–', '~', '\n', '(', ')', ':', '/',
  'of', 'to', 'de', 'a', 'bis', 'von', 'rows', 'Showing', 'entries', 'filtered from', 'total', 'kayıttan', 'arası', '件中', 'から', 'まで', '至', '共', 'x', 'é', '건', '중', 'ถึง', 'จาก',
];

function randomText(next: () => number): string {
  const parts: string[] = [];
  const length = 1 + Math.floor(next() * 30);
  for (let i = 0; i < length; i++) {
    if (next() < 0.5) {
      const digits = 1 + Math.floor(next() * (next() < 0.5 ? 3 : 6));
      let number = String(1 + Math.floor(next() * 9));
      for (let d = 1; d < digits; d++) number += String(Math.floor(next() * 10));
      parts.push(next() < 0.2 ? '0' : number);
    } else {
      parts.push(PIECES[Math.floor(next() * PIECES.length)]!);
    }
  }
  return parts.join(next() < 0.5 ? '' : ' ');
}

describe('a pager status line looked for only where one can begin', () => {
  it.each([
    'Showing 51 to 75 of 1,998 entries (filtered from 2,000 total entries)',
    'Rows per page: 100 101–200 of 2,000',
    '2.000 kayıttan 51 - 75 arasındaki kayıtlar gösteriliyor',
    '2,000 件中 51 から 75 まで表示',
    '120 450 300 1 000 000 to 2 000 000 of 3 000 000 rows',
    '1 000 000 2 000 - 3 000 of 9 000',
    '5 100 to 200 of 300',
    '1–25 100',
    'Order 4711 of 12 May 2026',
    '12 345 678-9 10 of 20',
    '0 000 000 000 000 000 000 000 005 - 9 of 10',
    '1 000 000 000 000 000 000 000 000 to 2 of 3',
    '1 000 000 000 000 000 000 000 000 rows 1 - 25',
    '1 000 000 000 000 000 000 000 000 to 2 000 000 000 000 000 000 000 000 of 3 000 000 000 000 000 000 000 000',
  ])('finds what trying every place finds: %s', (text) => {
    expect(readRange(text)).toEqual(readRangeEverywhere(text));
  });

  it('finds what trying every place finds, on 20,000 generated texts', () => {
    const next = generator(20_261_203);
    for (let i = 0; i < 20_000; i++) {
      const text = randomText(next);
      expect(readRange(text), JSON.stringify(text)).toEqual(readRangeEverywhere(text));
    }
  });

  it('reads a status line after a long run of three-digit figures, as trying every place does', () => {
    const figures = Array.from({ length: 1_500 }, (_, i) => String(100 + ((i * 37) % 900))).join(' ');
    for (const text of [`${figures} rows 1 to 25 of 2,000`, `${figures} to 999 of 1 000`, `0 000 ${figures} of 1 000 000`, `${figures}`]) {
      expect(readRange(text)).toEqual(readRangeEverywhere(text));
    }
  });
});
