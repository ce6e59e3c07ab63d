import { describe, expect, it } from 'vitest';
import { checkCells } from '../../../support/catalog-builder';

const originInvalid = (values: string[]) => checkCells('origin-invalid', 'Country of Origin', values);

describe('origin-invalid', () => {
  it('accepts ISO 3166-1 alpha-2 codes in either case, including NA (Namibia) and XK (Kosovo)', () => {
    expect(originInvalid(['CN', 'DE', 'US', 'cn', 'Vn', 'NA', 'XK', ' GB '])).toEqual([]);
  });

  it.each([
    ['UK', 'GB'],
    ['China', 'CN'],
    ['Deutschland', 'DE'],
    ['Germny', 'DE'],
    ['U.S.A', 'US'],
    ['CHN', 'CN'],
    ['Allemagne', 'DE'],
    ['Alemania', 'DE'],
    ['Germania', 'DE'],
    ['Niemcy', 'DE'],
    ['Alemanha', 'DE'],
    ['Германия', 'DE'],
    ['Almanya', 'DE'],
    ['中国', 'CN'],
    ['日本', 'JP'],
    ['대한민국', 'KR'],
    ['Viet Nam', 'VN'],
    ['Holland', 'NL'],
    ['EL', 'GR'],
  ])('flags "%s" and suggests %s', (written, code) => {
    const [finding, ...rest] = originInvalid([written]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      ruleId: 'origin-invalid',
      severity: 'error',
      row: 1,
      field: 'origin',
      column: 'Country of Origin',
      value: written,
      fix: code,
    });
  });

  it('says a typo is only probable', () => {
    const [finding] = originInvalid(['Germny']);
    expect(finding!.message).toMatch(/probably/);
  });

  it('flags a code no country has without inventing a fix', () => {
    const [finding] = originInvalid(['ZZ']);
    expect(finding).toMatchObject({ row: 1, value: 'ZZ' });
    expect(finding!.fix).toBeUndefined();
  });

  it('does not guess from a short typo that could be several countries', () => {
    // "Chila" is one letter from both Chile and China.
    const [finding] = originInvalid(['Chila']);
    expect(finding!.fix).toBeUndefined();
  });

  it('leaves non-countries (EU, Various, N/A) to origin-not-country and empty cells to cell-required', () => {
    expect(originInvalid(['EU', 'Various', 'N/A', '-', ''])).toEqual([]);
  });
});
