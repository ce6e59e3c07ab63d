import { describe, expect, it } from 'vitest';
import { checkCells } from '../../../support/catalog-builder';

const descriptionVague = (values: string[]) => checkCells('description-vague', 'Description', values);

describe('description-vague', () => {
  it('accepts precise descriptions that merely contain a vague word', () => {
    expect(
      descriptionVague([
        'Tools; interchangeable, for pressing or punching',
        'Parts of seats for motor vehicles, of leather',
        'Brake pads of sintered metal, for passenger cars',
        "Men's T-shirts of cotton, knitted",
        'Samples of woven cotton fabric, 20 x 20 cm, no commercial value',
        'Rice',
        '钢制滚珠轴承',
        'Подшипники шариковые стальные',
        'Çelik bilyalı rulmanlar',
      ]),
    ).toEqual([]);
  });

  it.each(['Parts', 'Spare parts', 'FAK', 'Said to contain spare parts', 'General merchandise', 'Gifts', 'Spare parts and accessories', 'Misc. items', 'Auto parts', 'Samples', 'Ersatzteile', 'STC 10 cartons', 'Ricambi', 'Peças de reposição', 'Części zamienne', 'Запчасти', 'Yedek parça', '汽车配件', 'サンプル', '부품'])(
    'flags "%s"',
    (description) => {
      const [finding, ...rest] = descriptionVague([description]);
      expect(rest).toEqual([]);
      expect(finding).toMatchObject({
        ruleId: 'description-vague',
        severity: 'error',
        row: 1,
        field: 'description',
        column: 'Description',
        value: description,
      });
      expect(finding!.fix).toMatch(/what the goods are/);
    },
  );

  // Long descriptions are turned away by counting their plain words before the text is normalised;
  // words with accents and filler words are left to the full reading, so these stay vague.
  it.each(['Said to contain parts of various machines and other tools', 'Spare parts and accessories, misc., etc., the new and used', 'Pièces détachées et accessoires', 'Zubehör und Ersatzteile'])(
    'flags "%s" however many words it has',
    (description) => {
      expect(descriptionVague([description]).map((finding) => finding.ruleId)).toEqual(['description-vague']);
    },
  );

  it('names the term CBP does not accept', () => {
    const [finding] = descriptionVague(['Said to contain spare parts']);
    expect(finding!.message).toContain('"said to contain"');
  });

  it('leaves empty cells to cell-required', () => {
    expect(descriptionVague(['', '  '])).toEqual([]);
  });
});
