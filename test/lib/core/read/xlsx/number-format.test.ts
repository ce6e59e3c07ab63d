import { describe, expect, it } from 'vitest';
import { formatNumber, generalNumber } from '../../../../../lib/core/read/xlsx/number-format';

describe('a stored number shown as its cell format shows it', () => {
  it.each([
    [0.30000000000000004, 'General', '0.3'],
    [0.30000000000000004, '0.00', '0.30'],
    [1.005, '0.00', '1.01'],
    [2.675, '0.00', '2.68'],
    [1234.5, '#,##0.00', '1234.50'],
    [-1234.5, '#,##0.00;(#,##0.00)', '(1234.50)'],
    [-3, '0.00', '-3.00'],
    [0, '#,##0;-#,##0;"-"', '-'],
    [0.125, '0.0%', '12.5%'],
    [123456789, '0.00E+00', '1.23E+08'],
    [1.5, '0.0#', '1.5'],
    [1.25, '0.0#', '1.25'],
    [420, '00000', '00420'],
    [8471300100, '0000\\.00\\.0000', '8471.30.0100'],
    [12.5, '"$"#,##0.00', '$12.50'],
    [12.5, '[$€-407] #,##0.00', '€ 12.50'],
    [1234567, '#,##0.0,,', '1.2'],
    [5, '@', '5'],
  ])('%s with %s is %s', (value, code, shown) => {
    expect(formatNumber(value, code, false)).toBe(shown);
  });

  it('shows dates and times as ISO 8601, from 1900 or 1904', () => {
    expect(formatNumber(46084, 'mm-dd-yy', false)).toBe('2026-03-03');
    expect(formatNumber(46084, 'dd/mm/yyyy', false)).toBe('2026-03-03');
    expect(formatNumber(46084.5, 'm/d/yy h:mm', false)).toBe('2026-03-03 12:00');
    expect(formatNumber(0.75, 'h:mm:ss', false)).toBe('18:00:00');
    expect(formatNumber(44622, 'yyyy-mm-dd', true)).toBe('2026-03-03');
    expect(formatNumber(1, 'yyyy-mm-dd', false)).toBe('1900-01-01');
  });

  it('writes General without binary noise, in exponent form only for very large or small values', () => {
    expect(generalNumber(0.1 + 0.7)).toBe('0.8');
    expect(generalNumber(8471300100)).toBe('8471300100');
    expect(generalNumber(1e21)).toBe('1E+21');
  });
});
