import { describe, expect, it, vi } from 'vitest';
import { DistinctTexts, hashOf } from '../../../../lib/core/catalog/distinct-texts';

describe('DistinctTexts', () => {
  it('numbers the empty text 0 and each other text once, in order of first appearance', () => {
    const distinct = new DistinctTexts();
    expect(distinct.numberOf('')).toBe(0);
    expect(distinct.numberOf('CN')).toBe(1);
    expect(distinct.numberOf('MX')).toBe(2);
    expect(distinct.numberOf('CN')).toBe(1);
    expect(distinct.texts).toEqual(['', 'CN', 'MX']);
  });

  it('finds every text again after growing', () => {
    const distinct = new DistinctTexts();
    const parts = Array.from({ length: 20_000 }, (_, i) => `P-${i}`);
    parts.forEach((part, i) => expect(distinct.numberOf(part)).toBe(i + 1));
    parts.forEach((part, i) => expect(distinct.numberOf(part)).toBe(i + 1));
    expect(distinct.numberOf('')).toBe(0);
    expect(distinct.texts.length).toBe(20_001);
    expect(new Set(distinct.texts).size).toBe(20_001);
  });

  it('made for the texts expected, numbers them without growing its slots, and grows past them', () => {
    const grow = vi.spyOn(DistinctTexts.prototype as unknown as { grow: () => void }, 'grow');
    try {
      const parts = Array.from({ length: 20_000 }, (_, i) => `P-${i}`);
      const distinct = new DistinctTexts(parts.length);
      parts.forEach((part, i) => expect(distinct.numberOf(part)).toBe(i + 1));
      expect(grow).not.toHaveBeenCalled();
      parts.forEach((part, i) => expect(distinct.numberOf(part)).toBe(i + 1));
      const more = Array.from({ length: 20_000 }, (_, i) => `Q-${i}`);
      more.forEach((part, i) => expect(distinct.numberOf(part)).toBe(parts.length + i + 1));
      expect(grow).toHaveBeenCalled();
      parts.forEach((part, i) => expect(distinct.numberOf(part)).toBe(i + 1));
      expect(distinct.numberOf('')).toBe(0);
    } finally {
      grow.mockRestore();
    }
  });

  it('keeps texts whose slots are all held in the Map, and finds them there', () => {
    // Twelve texts with the same first slot among the 64 a new numbering has: eight take that slot
    // and the next seven, the last four are kept in the Map (too few texts to grow the slots).
    const sameSlot = Array.from({ length: 5000 }, (_, i) => `x${i}`)
      .filter((text) => (hashOf(text) & 63) === (hashOf('x0') & 63))
      .slice(0, 12);
    expect(sameSlot).toHaveLength(12);
    const distinct = new DistinctTexts();
    const numbers = sameSlot.map((text) => distinct.numberOf(text));
    expect(numbers).toEqual(sameSlot.map((_, i) => i + 1));
    expect(sameSlot.map((text) => distinct.numberOf(text))).toEqual(numbers);
    expect(distinct.numberOf('')).toBe(0);
  });

  it('tells texts apart that differ only in case or in characters beyond ASCII', () => {
    const distinct = new DistinctTexts();
    const texts = ['abc', 'ABC', 'Abc', 'é', 'e\u0301', '中国', '中國'];
    const numbers = texts.map((text) => distinct.numberOf(text));
    expect(new Set(numbers).size).toBe(texts.length);
    expect(texts.map((text) => distinct.numberOf(text))).toEqual(numbers);
  });
});
