import { describe, expect, it } from 'vitest';
import { JsonTexts } from '../../../../lib/core/report/json-texts';

const bytesOf = (texts: JsonTexts, number: number) => new TextDecoder().decode(texts.bytes.subarray(texts.starts[number]!, texts.starts[number + 1]!));

describe('JsonTexts', () => {
  it('keeps each distinct text once, as JSON.stringify writes it, in UTF-8', () => {
    const texts = new JsonTexts();
    const samples = ['8471.30.0100', 'a "quoted" \\ text\n', 'Währung € 男式棉衬衫 😀', '', 'lone \uD800 surrogate'];
    const numbers = samples.map((text) => texts.of(text));
    expect(new Set(numbers).size).toBe(samples.length);
    expect(samples.map((text) => texts.of(text))).toEqual(numbers);
    samples.forEach((text, i) => expect(bytesOf(texts, numbers[i]!)).toBe(JSON.stringify(text)));
  });

  it('says which texts hold a hidden character', () => {
    const texts = new JsonTexts();
    expect(texts.holdsHidden(texts.of('C\u202EN'))).toBe(true);
    expect(texts.holdsHidden(texts.of('CN'))).toBe(false);
  });

  it('grows past its first buffers without losing a text', () => {
    const texts = new JsonTexts();
    const samples = Array.from({ length: 3000 }, (_, i) => `text ${i} ${'x'.repeat(i % 97)}`);
    const numbers = samples.map((text) => texts.of(text));
    samples.forEach((text, i) => expect(bytesOf(texts, numbers[i]!)).toBe(JSON.stringify(text)));
  });

  it('forgets its texts only when asked to keep room past its bound, and learns them again', () => {
    const texts = new JsonTexts(4);
    texts.keepRoomFor(3);
    const first = ['a', 'b', 'c'].map((text) => texts.of(text));
    texts.keepRoomFor(3);
    const again = ['d', 'a', 'e'].map((text) => texts.of(text));
    expect(again.map((number) => bytesOf(texts, number))).toEqual(['"d"', '"a"', '"e"']);
    expect(first).toEqual([0, 1, 2]);
    expect(again).toEqual([0, 1, 2]);
  });
});
