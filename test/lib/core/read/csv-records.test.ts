import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvQuoteError, readCsvRecords } from '../../../../lib/core/read/csv-records';
import type { CsvDialect } from '../../../../lib/core/read/read-csv';

/** A small seeded generator (mulberry32): the same texts on every run, so a failure can be read again. */
function randomNumbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces CSV text is made of, the awkward ones often: quotes, doubled quotes, white space, every line break. */
const PIECES = ['a', 'bc', 'a', 'bc', ' ', '\t', ',', ',', ';', '"', '"', '""', '\n', '\r\n', '\r', 'é'];
const DIALECTS: CsvDialect[] = [
  { delimiter: ',', newline: '\n' },
  { delimiter: ',', newline: '\r\n' },
  { delimiter: ';', newline: '\r' },
  { delimiter: '\t', newline: '\n' },
];

function texts(count: number, seed: number): string[] {
  const random = randomNumbers(seed);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(random() * 30) }, () => PIECES[Math.floor(random() * PIECES.length)]).join(''));
}

type Outcome = { records: string[][] } | { error: CsvQuoteError['kind'] };

/** The text's records read whole, or its quote error. */
function whole(text: string, dialect: CsvDialect): Outcome {
  const records: string[][] = [];
  try {
    readCsvRecords(text, dialect, true, (cells) => records.push(cells));
    return { records };
  } catch (error) {
    if (error instanceof CsvQuoteError) return { error: error.kind };
    throw error;
  }
}

/** The same, the text given `size` characters at a time as CsvChunkReader gives it (the rest carried over). */
function inPieces(text: string, dialect: CsvDialect, size: number): Outcome {
  const records: string[][] = [];
  let rest = '';
  try {
    for (let at = 0; at < text.length; at += size) {
      rest += text.slice(at, at + size);
      rest = rest.slice(readCsvRecords(rest, dialect, false, (cells) => records.push(cells)));
    }
    readCsvRecords(rest, dialect, true, (cells) => records.push(cells));
    return { records };
  } catch (error) {
    if (error instanceof CsvQuoteError) return { error: error.kind };
    throw error;
  }
}

describe('CSV records', () => {
  it('reads cells as papaparse does, and refuses every quote papaparse reports', () => {
    let refused = 0;
    for (const dialect of DIALECTS) {
      for (const text of texts(3000, dialect.delimiter.charCodeAt(0) + dialect.newline.length)) {
        const papa = Papa.parse<string[]>(text, { delimiter: dialect.delimiter, newline: dialect.newline });
        const outcome = whole(text, dialect);
        if (papa.errors.some((e) => e.type === 'Quotes')) {
          expect(outcome, JSON.stringify(text)).toHaveProperty('error');
          refused++;
        } else {
          // papaparse gives an empty record after a line break that ends the text; a line break only ends one here.
          const records = text.endsWith(dialect.newline) ? papa.data.slice(0, -1) : papa.data;
          expect(outcome, JSON.stringify(text)).toEqual({ records });
        }
      }
    }
    // The texts hold both kinds, enough of each to mean something.
    expect(refused).toBeGreaterThan(1000);
    expect(refused).toBeLessThan(11_000);
  });

  it('reads the same records, or the same error, from a text given in pieces', () => {
    for (const dialect of DIALECTS) {
      for (const text of texts(500, 7 + dialect.newline.length)) {
        const expected = whole(text, dialect);
        for (const size of [1, 2, 3, 7]) expect(inPieces(text, dialect, size), `${JSON.stringify(text)} in pieces of ${size}`).toEqual(expected);
      }
    }
  });

  it('gives where each record starts, and where the records read end', () => {
    const starts: number[] = [];
    const text = 'a,b\n"c\nd",e\nf,"g""';
    expect(readCsvRecords(text, { delimiter: ',', newline: '\n' }, false, (_, start) => starts.push(start))).toBe(12);
    expect(starts).toEqual([0, 4]);
  });

  it('tells a quoted cell never closed from text after a closing quote, with where the record starts', () => {
    const dialect: CsvDialect = { delimiter: ',', newline: '\n' };
    const errorOf = (text: string) => {
      try {
        readCsvRecords(text, dialect, true, () => {});
      } catch (error) {
        return error;
      }
      return null;
    };
    expect(errorOf('a,b\nc,"d\ne,f\n')).toMatchObject({ kind: 'unclosed', recordStart: 4 });
    expect(errorOf('a,b\nc,"d"x,e\n')).toMatchObject({ kind: 'text-after-quote', recordStart: 4 });
    expect(errorOf('a,b\nc,"d"  ,e\n')).toBeNull();
  });
});
