import { describe, expect, it } from 'vitest';
import { checkCells } from '../../../support/catalog-builder';

const currencyInvalid = (values: string[]) => checkCells('currency-invalid', 'Currency', values);

describe('currency-invalid', () => {
  it('accepts ISO 4217 codes in either case', () => {
    expect(currencyInvalid(['USD', 'EUR', 'CNY', 'usd', 'Eur', 'JPY', ' GBP '])).toEqual([]);
  });

  it.each([
    ['EURO', 'EUR'],
    ['RMB', 'CNY'],
    ['US$', 'USD'],
    ['€', 'EUR'],
    ['NTD', 'TWD'],
    ['美元', 'USD'],
    ['人民币', 'CNY'],
    ['円', 'JPY'],
    ['달러', 'USD'],
    ['руб.', 'RUB'],
    ['TL', 'TRY'],
    ['zł', 'PLN'],
  ])('flags "%s" and suggests %s', (written, code) => {
    const [finding] = currencyInvalid([written]);
    expect(finding).toMatchObject({ ruleId: 'currency-invalid', severity: 'error', row: 1, field: 'currency', column: 'Currency', value: written, fix: code });
  });

  it('flags an unknown code without a fix', () => {
    const [finding] = currencyInvalid(['XYZ']);
    expect(finding).toMatchObject({ row: 1, value: 'XYZ' });
    expect(finding!.fix).toBeUndefined();
  });

  it('leaves empty cells alone: the currency is optional on the line', () => {
    expect(currencyInvalid(['', ' '])).toEqual([]);
  });
});
