import { describe, expect, it } from 'vitest';
import { checkCells } from '../../../support/catalog-builder';

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

  it('weighs a Chinese or Japanese character or a Korean syllable as a short word, not as one letter', () => {
    expect(descriptionShort(['钢制滚珠轴承', '男式棉衬衫', '鋼製玉軸受', '강철제 볼베어링'])).toEqual([]);
    expect(descriptionShort(['布', '件', '面料'])).toHaveLength(3);
  });

  it('leaves vague terms to description-vague and empty cells to cell-required', () => {
    expect(descriptionShort(['Parts', 'FAK', ''])).toEqual([]);
  });
});

describe('description-short: a description that repeats another column', () => {
  it('flags a description that is only the part number or the tariff code', async () => {
    const { checkWithRule } = await import('../../../support/catalog-builder');
    const findings = checkWithRule('description-short', {
      headers: ['Part Number', 'Description', 'HTS'],
      rows: [
        ['BRACKET-STEEL-A4', 'bracket-steel-a4', '7326.90.8688'],
        ['BR-2', '7326.90.8688', '7326.90.8688'],
        ['BR-3', 'Brackets of steel for shelving, zinc plated', '7326.90.8688'],
      ],
    });
    expect(findings.map((f) => f.row)).toEqual([1, 2]);
    expect(findings[0]!.message).toMatch(/repeats the part number/);
    expect(findings[1]!.message).toMatch(/repeats the tariff code/);
  });
});
