import { describe, expect, it } from 'vitest';
import { checkCatalog, checkCells } from '../../../support/catalog-builder';

const eoriFormat = (values: string[], jurisdiction: 'EU' | 'UK' = 'EU') => checkCells('eori-format', 'EORI', values, { jurisdiction });

describe('eori-format', () => {
  it('accepts EU EORIs (member state code and up to 15 characters) and XI EORIs in EU declarations', () => {
    expect(eoriFormat(['DE12345', 'DE123456789012345', 'ATEOS1000012345', 'XI123456789012'])).toEqual([]);
  });

  it('accepts GB and XI EORIs with 12 digits in UK declarations', () => {
    expect(eoriFormat(['GB123456789012', 'XI123456789012', 'gb 1234 5678 9012'], 'UK')).toEqual([]);
  });

  it('flags a GB EORI in an EU declaration and an EU EORI in a UK one (since 2021)', () => {
    const [inEu] = eoriFormat(['GB123456789012'], 'EU');
    expect(inEu!.message).toMatch(/not valid in an EU declaration/);
    const [inUk] = eoriFormat(['DE12345'], 'UK');
    expect(inUk!.message).toMatch(/UK declarations need a GB EORI/);
  });

  it('flags a GB or XI EORI without exactly 12 digits', () => {
    const findings = eoriFormat(['GB12345678901', 'GB1234567890123', 'XI12345', 'GB12345678901A'], 'UK');
    expect(findings.map((f) => f.row)).toEqual([1, 2, 3, 4]);
    expect(findings[0]).toMatchObject({ ruleId: 'eori-format', severity: 'error', field: 'importerId', column: 'EORI', value: 'GB12345678901' });
    expect(findings[0]!.message).toMatch(/GB followed by 12 digits/);
    expect(findings[2]!.message).toMatch(/XI followed by 12 digits/);
  });

  it('flags an EU EORI with nothing after the country code, or more than 15 characters', () => {
    expect(eoriFormat(['DE', 'FR1234567890123456']).map((f) => f.row)).toEqual([1, 2]);
  });

  it('flags a prefix that is not an EU member state, GB or XI', () => {
    const [finding] = eoriFormat(['US123456789']);
    expect(finding!.message).toMatch(/"US"/);
  });

  it('runs only for EU and UK declarations', () => {
    const report = checkCatalog({ headers: ['EORI'], rows: [['US123']], jurisdiction: 'US' });
    expect(report.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'eori-format', reason: 'does not apply to US' }));
    expect(report.findings.filter((f) => f.ruleId === 'eori-format')).toEqual([]);
  });

  it('leaves empty cells alone', () => {
    expect(eoriFormat([''])).toEqual([]);
  });
});
