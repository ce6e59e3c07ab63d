import { describe, expect, it } from 'vitest';
import { likelyFieldOf, likelyFieldsOf, recognizedFieldCount } from '../../../../lib/core/mapping/catalog-likeness';

/**
 * What a page table's headers point at, read in the content script without the whole mapping:
 * tables are ranked by it, and a responsive table's collapsed columns are read when they name a
 * field no shown column names (lib/page/layout/table-layout.ts).
 */
describe('the catalog fields a header points at', () => {
  it('names each field its words point at, first word first', () => {
    expect(likelyFieldsOf('Unit price')).toEqual(['unit', 'unitValue']);
    expect(likelyFieldsOf('Quantity')).toEqual(['quantity']);
    expect(likelyFieldsOf('Status')).toEqual([]);
    expect(likelyFieldOf('Unit price')).toBe('unit');
    expect(likelyFieldOf('Status')).toBeNull();
  });

  it('counts the different fields of a table\'s headers, each header for its first field word', () => {
    expect(recognizedFieldCount(['Part No.', 'Ctry of Orig', 'Quantity', 'Qty', 'Remarks'])).toBe(3);
  });
});
