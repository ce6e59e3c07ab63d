import { describe, expect, it } from 'vitest';
import { checkCells } from '../../../support/catalog-builder';

const incotermInvalid = (values: string[]) => checkCells('incoterm-invalid', 'Incoterms', values);

describe('incoterm-invalid', () => {
  it('accepts the eleven Incoterms 2020 rules, with or without a named place', () => {
    expect(
      incotermInvalid(['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF', 'FOB Shanghai', 'fob', 'CIF Rotterdam', 'DAP Hamburg, Incoterms 2020']),
    ).toEqual([]);
  });

  it('flags DAT, replaced by DPU in Incoterms 2020', () => {
    const [finding] = incotermInvalid(['DAT']);
    expect(finding).toMatchObject({ ruleId: 'incoterm-invalid', severity: 'error', row: 1, field: 'incoterm', column: 'Incoterms', value: 'DAT', fix: 'DPU' });
    expect(finding!.message).toMatch(/Incoterms 2010/);
  });

  it.each([
    ['DDU', 'DAP'],
    ['C&F', 'CFR'],
    ['DAT Rotterdam', 'DPU'],
  ])('flags the withdrawn term %s and suggests %s', (written, replacement) => {
    expect(incotermInvalid([written])).toEqual([expect.objectContaining({ row: 1, fix: replacement })]);
  });

  it('suggests the rule a one-letter slip most likely meant', () => {
    expect(incotermInvalid(['FOBB'])).toEqual([expect.objectContaining({ row: 1, value: 'FOBB', fix: 'FOB' })]);
  });

  it('flags text that is no rule at all, without a fix', () => {
    const [finding] = incotermInvalid(['Prepaid']);
    expect(finding).toMatchObject({ row: 1, value: 'Prepaid' });
    expect(finding!.fix).toBeUndefined();
  });

  it('leaves empty cells alone', () => {
    expect(incotermInvalid([''])).toEqual([]);
  });
});
