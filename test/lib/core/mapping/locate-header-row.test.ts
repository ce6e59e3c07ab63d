import { describe, expect, it } from 'vitest';
import { locateHeaderRow } from '../../../../lib/core/mapping/locate-header-row';

describe('locateHeaderRow', () => {
  it('takes the first row when it is the header', () => {
    expect(locateHeaderRow([['Part No', 'Description', 'HTS', 'COO', 'Qty'], ['A1', 'Bolts', '7318152095', 'CN', '10']])).toBe(0);
  });

  it('skips title lines, export dates and blank lines above the header', () => {
    const records = [['Commercial Invoice 4711'], ['Exported 2026-02-01', ''], [''], ['Part No', 'Description', 'HTS', 'COO', 'Qty'], ['A1', 'Bolts', '7318152095', 'CN', '10']];
    expect(locateHeaderRow(records)).toBe(3);
  });

  it('keeps the earlier row when a data row reads as much like a header', () => {
    // Data cells can be header words ("Item", "Description", "Value"): a tie never moves the header down.
    expect(locateHeaderRow([['Part No', 'Description', 'HTS'], ['Item', 'Description', 'Value']])).toBe(0);
  });

  it('falls back to the first row when no row reads as a header', () => {
    expect(locateHeaderRow([['foo', 'bar'], ['1', '2']])).toBe(0);
  });

  it('looks no further than 15 rows down', () => {
    const titles = Array.from({ length: 15 }, (_, i) => [`Note ${i + 1}`]);
    expect(locateHeaderRow([...titles, ['Part No', 'Description', 'HTS', 'COO', 'Qty']])).toBe(0);
  });
});
