import { describe, expect, it } from 'vitest';
import { checkCells } from '../../../support/catalog-builder';

const htsChapter = (codes: string[], jurisdiction: 'US' | 'EU' = 'US') =>
  checkCells('hts-chapter', 'HTS', codes, { jurisdiction });

describe('hts-chapter', () => {
  it('accepts codes in chapters 01–97 (except 77)', () => {
    expect(htsChapter(['0101.21.0010', '8471.30.0100', '9701.21.0000', '7601.10.6000'])).toEqual([]);
  });

  it('flags chapter 00 as an error: it does not exist', () => {
    const [finding] = htsChapter(['0012.34.5678']);
    expect(finding).toMatchObject({ ruleId: 'hts-chapter', severity: 'error', row: 1, field: 'hts', column: 'HTS', value: '0012.34.5678' });
    expect(finding!.message).toMatch(/Chapter 00/);
  });

  it('flags chapter 77 as an error: it is reserved in the Harmonized System', () => {
    const [finding] = htsChapter(['7712.34.5678']);
    expect(finding).toMatchObject({ severity: 'error', row: 1 });
    expect(finding!.message).toMatch(/77.*reserved/);
  });

  it('warns on chapter 98 and 99 provisions: they are declared with the goods\' own code, never alone', () => {
    const findings = htsChapter(['9801.00.1000', '9903.88.0300', '9801.00.10']);
    expect(findings.map((f) => [f.row, f.severity])).toEqual([
      [1, 'warning'],
      [2, 'warning'],
      [3, 'warning'],
    ]);
    expect(findings[0]!.message).toMatch(/special provision/);
  });

  it('reads the ACE report\'s 00-prefixed form of chapter 98/99 as chapter 98, not chapter 00', () => {
    const [finding] = htsChapter(['0098010011']);
    expect(finding).toMatchObject({ severity: 'warning', row: 1 });
  });

  it('applies to EU CN codes too', () => {
    expect(htsChapter(['77123456', '84713000'], 'EU').map((f) => [f.row, f.severity])).toEqual([[1, 'error']]);
  });

  it('leaves malformed codes to hts-format', () => {
    expect(htsChapter(['77123', 'OO12345678', ''])).toEqual([]);
  });
});
