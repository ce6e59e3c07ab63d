import { describe, expect, it } from 'vitest';
import { groupedCount, plural } from '../../../../lib/core/report/wording';

describe('grouped count', () => {
  it('words counts as en-US does, without Intl', () => {
    for (const count of [0, 1, 12, 999, 1_000, 5_000, 12_345, 999_999, 1_000_000, 150_000, 1_234_567_890]) expect(groupedCount(count)).toBe(count.toLocaleString('en-US'));
  });

  it('leaves what is no count to toLocaleString', () => {
    expect(groupedCount(1234.5)).toBe((1234.5).toLocaleString('en-US'));
    expect(groupedCount(-1200)).toBe('-1,200');
  });

  it('makes the noun agree with the count, grouped the same way', () => {
    expect([plural(1, 'row', 'rows'), plural(0, 'row', 'rows'), plural(150_000, 'row', 'rows')]).toEqual(['1 row', '0 rows', '150,000 rows']);
  });
});
