import { describe, expect, it } from 'vitest';
import { checkCells } from '../../support/catalog-builder';

const descriptionShort = (values: string[]) => checkCells('description-short', 'Description', values);

describe('description-short', () => {
  it('accepts a description that says what the goods are', () => {
    expect(descriptionShort(["Men's cotton knitted T-shirts", 'Steel screws M6 x 20, zinc plated', 'Laptop computers, 14 inch'])).toEqual([]);
  });

  it.each([
    ['Item', /too short/],
    ['X1', /a code/],
    ['PN 4432', /a code/],
    ['SKU-12-A', /a code/],
    ['8471300100', /a code/],
  ])('warns on "%s"', (description, why) => {
    const [finding] = descriptionShort([description]);
    expect(finding).toMatchObject({ ruleId: 'description-short', severity: 'warning', row: 1, field: 'description', column: 'Description', value: description });
    expect(finding!.message).toMatch(why);
    expect(finding!.fix).toMatch(/Describe the goods in words/);
  });

  it('leaves vague terms to description-vague and empty cells to cell-required', () => {
    expect(descriptionShort(['Parts', 'FAK', ''])).toEqual([]);
  });
});
