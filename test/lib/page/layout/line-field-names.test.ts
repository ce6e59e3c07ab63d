import { describe, expect, it } from 'vitest';
import { fieldNameWithoutLineNumber } from '../../../../lib/page/layout/line-field-names';

describe('a field name without the line number an accessible form adds', () => {
  it.each([
    ['Quantity, line 1', 'Quantity, line 2', 'Quantity'],
    ['Line 1 quantity', 'Line 2 quantity', 'quantity'],
    ['Qty (row 1)', 'Qty (row 2)', 'Qty'],
    ['HTS code for item #1', 'HTS code for item #2', 'HTS code'],
    ['Cantidad línea 1', 'Cantidad línea 2', 'Cantidad'],
    ['Ursprungsland Zeile 1', 'Ursprungsland Zeile 2', 'Ursprungsland'],
    ['Pays d’origine – ligne 1', 'Pays d’origine – ligne 2', 'Pays d’origine'],
    ['Quantity 1', 'Quantity 2', 'Quantity'],
    ['第1行 数量', '第2行 数量', '数量'],
    ['Unit price [1]', 'Unit price [2]', 'Unit price'],
  ])('%s → %s', (first, next, expected) => {
    expect(fieldNameWithoutLineNumber(first, next)).toBe(expected);
  });

  it('keeps a number that every line has: it is part of the field name', () => {
    expect(fieldNameWithoutLineNumber('Address line 1', 'Address line 1')).toBe('Address line 1');
    expect(fieldNameWithoutLineNumber('Section 301 rate', 'Section 301 rate')).toBe('Section 301 rate');
  });

  it('keeps the name when there is no next line, or when more than the number changes', () => {
    expect(fieldNameWithoutLineNumber('Quantity, line 1', null)).toBe('Quantity, line 1');
    expect(fieldNameWithoutLineNumber('Quantity 1', 'Weight 2')).toBe('Quantity 1');
    expect(fieldNameWithoutLineNumber('Line 1 qty 1', 'Line 2 qty 2')).toBe('Line 1 qty 1');
  });

  it('keeps the line number when nothing else names the field', () => {
    expect(fieldNameWithoutLineNumber('1', '2')).toBe('1');
    expect(fieldNameWithoutLineNumber('Line 1', 'Line 2')).toBe('Line 1');
  });
});
