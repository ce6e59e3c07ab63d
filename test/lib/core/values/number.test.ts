import { describe, expect, it } from 'vitest';
import { decimalMarkEvidence, inferDecimalMark, parseNumberCell } from '../../../../lib/core/values/number';
import { checkWithRule } from '../../../support/catalog-builder';

describe('parseNumberCell', () => {
  it.each([
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1 234,56', 1234.56],
    ['1\u00a0234,56', 1234.56],
    ["1'234.50", 1234.5],
    ['1.234.567,89', 1234567.89],
    ['12,5', 12.5],
    ['.5', 0.5],
    ['+5', 5],
    ['-5', -5],
    ['\u22125', -5],
    ['(12.00)', -12],
  ])('reads %s as %d in either column convention', (text, value) => {
    expect(parseNumberCell(text, '.')).toMatchObject({ kind: 'number', value });
    expect(parseNumberCell(text, ',')).toMatchObject({ kind: 'number', value });
  });

  it.each([
    ['$12.00', 12, 'USD'],
    ['US$ 12.00', 12, 'USD'],
    ['EUR 12,50', 12.5, 'EUR'],
    ['12,00 €', 12, 'EUR'],
    ['€ 1.234,56', 1234.56, 'EUR'],
    ['12.00 USD', 12, 'USD'],
    ['£7.99', 7.99, 'GBP'],
    ['1,200円', 1200, 'JPY'],
    ['12.50元', 12.5, 'CNY'],
    ['12 500,00 ₽', 12500, 'RUB'],
    ['12,5 руб.', 12.5, 'RUB'],
    ['1 250,00 zł', 1250, 'PLN'],
    ['1.250,00 TL', 1250, 'TRY'],
    ['₺1.250,00', 1250, 'TRY'],
    ['＄１２．５０', 12.5, 'USD'],
  ])('reads the currency of %s', (text, value, currency) => {
    expect(parseNumberCell(text)).toEqual({ kind: 'number', value, currency });
  });

  it.each([
    ['12.5 kg', 12.5, 'kg'],
    ['12kg', 12, 'kg'],
    ['10 lbs', 10, 'lbs'],
    ['3 pcs', 3, 'pcs'],
    ['2,5 m2', 2.5, 'm2'],
    ['12.5 公斤', 12.5, '公斤'],
    ['12.5千克', 12.5, '千克'],
    ['3 шт.', 3, 'шт.'],
    ['2,5 кг', 2.5, 'кг'],
    ['１２．５ｋｇ', 12.5, 'kg'],
  ])('reads the unit of %s', (text, value, unit) => {
    expect(parseNumberCell(text)).toEqual({ kind: 'number', value, unit });
  });

  it('lets the column decide a value that reads either way', () => {
    // 1,234 is a thousand and more in an English column and one-point-two in a German one.
    expect(parseNumberCell('1,234', '.')).toEqual({ kind: 'number', value: 1234 });
    expect(parseNumberCell('1,234', ',')).toEqual({ kind: 'number', value: 1.234 });
    expect(parseNumberCell('1.234', ',')).toEqual({ kind: 'number', value: 1234 });
    expect(parseNumberCell('1.234', '.')).toEqual({ kind: 'number', value: 1.234 });
  });

  it('reports blank and whitespace-only cells as empty, never as zero', () => {
    for (const text of ['', ' ', '  \t', '\u00a0']) expect(parseNumberCell(text)).toEqual({ kind: 'empty' });
  });

  it.each(['TBD', 'N/A', 'NaN', 'Infinity', '1e5', '0x10', '--5', '1,2,3', '12.34.56', '12 kg kg', '$', '()'])(
    'reports %s as unreadable, with the cell in the reason',
    (text) => {
      const cell = parseNumberCell(text);
      expect(cell.kind).toBe('unreadable');
      expect(cell.kind === 'unreadable' && cell.reason).toContain(`"${text.trim()}"`);
    },
  );

  it('reports a number too long for a double as unreadable rather than Infinity', () => {
    for (const mark of ['.', ','] as const) {
      expect(parseNumberCell('9'.repeat(400), mark)).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/too many digits/) });
      expect(parseNumberCell(`$${'9'.repeat(400)}.50`, mark).kind).toBe('unreadable');
    }
  });
});

describe('decimal mark evidence', () => {
  it('knows the mark from values that prove it, and stays undecided on 1,234', () => {
    expect(decimalMarkEvidence('12,5')).toBe(',');
    expect(decimalMarkEvidence('12.50')).toBe('.');
    expect(decimalMarkEvidence('1.234,56')).toBe(',');
    expect(decimalMarkEvidence('1,234,567')).toBe('.');
    expect(decimalMarkEvidence('0,125')).toBe(',');
    expect(decimalMarkEvidence('1,234')).toBeNull();
    expect(decimalMarkEvidence('143')).toBeNull();
  });

  it('decides a column by the majority of its proving values, else the fallback', () => {
    expect(inferDecimalMark(['12,5', '1.234', '3'])).toBe(',');
    expect(inferDecimalMark(['12.5', '3.25', '1.234,5'])).toBe('.');
    expect(inferDecimalMark(['1,234', '2,345'])).toBe('.');
    expect(inferDecimalMark(['1,234', '2,345'], ',')).toBe(',');
    expect(inferDecimalMark([])).toBe('.');
  });
});

describe('decimal marks per column in a catalog', () => {
  it('reads an undecided column by the catalog\'s other amounts: 1.000 next to 2,50 is a thousand', () => {
    // Quantity 1.000 × 2,50 = 2.500,00 only if 1.000 is one thousand.
    const findings = checkWithRule('value-mismatch', {
      headers: ['Menge', 'Einzelpreis', 'Gesamtwert'],
      rows: [['1.000', '2,50', '2.500,00'], ['2.000', '1,25', '2.500,00']],
    });
    expect(findings).toEqual([]);
  });

  it('reads 1,250 as one thousand two hundred and fifty in an English catalog', () => {
    const findings = checkWithRule('value-mismatch', {
      headers: ['Qty', 'Unit Price', 'Ext. Value'],
      rows: [['1,250', '2.00', '2,500.00']],
    });
    expect(findings).toEqual([]);
  });

  it('decides each column on its own evidence', () => {
    // Quantities written German-style in an otherwise English catalog: 2,5 kg is 2.5.
    const findings = checkWithRule('value-mismatch', {
      headers: ['Qty', 'Unit Price', 'Ext. Value'],
      rows: [['2,5', '10.00', '25.00'], ['1,25', '8.00', '10.00']],
    });
    expect(findings).toEqual([]);
  });
});
