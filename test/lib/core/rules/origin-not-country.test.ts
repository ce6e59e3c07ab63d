import { describe, expect, it } from 'vitest';
import { checkCells } from '../../../support/catalog-builder';

const originNotCountry = (values: string[]) => checkCells('origin-not-country', 'COO', values);

describe('origin-not-country', () => {
  it.each(['EU', 'XX', 'Various', 'Unknown', 'N/A', 'n/a', '-', 'Europe', 'Mixed', 'verschiedene', 'TBD'])(
    'flags "%s": origin is one country',
    (value) => {
      const [finding, ...rest] = originNotCountry([value]);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({ ruleId: 'origin-not-country', severity: 'error', row: 1, field: 'origin', column: 'COO', value });
      expect(finding!.fix).toMatch(/ISO code.*split the line/);
    },
  );

  it('accepts real countries, including NA (Namibia) and names left to origin-invalid', () => {
    expect(originNotCountry(['CN', 'NA', 'Germany', 'UK', 'ZZ'])).toEqual([]);
  });

  it('leaves empty cells to cell-required', () => {
    expect(originNotCountry(['', '  '])).toEqual([]);
  });
});
