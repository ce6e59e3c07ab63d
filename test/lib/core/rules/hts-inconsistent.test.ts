import { describe, expect, it } from 'vitest';
import { checkWithRule } from '../../../support/catalog-builder';

const htsInconsistent = (rows: string[][]) => checkWithRule('hts-inconsistent', { headers: ['Part No', 'HTS Code'], rows });

describe('hts-inconsistent', () => {
  it('accepts one part under one code, however the code is written', () => {
    expect(
      htsInconsistent([
        ['BK-100', '8471.30.0100'],
        ['BK-100', '8471300100'],
        ['BK-100', '8471 30 0100'],
        ['CP-200', '6403.99.3100'],
      ]),
    ).toEqual([]);
  });

  it('accepts different parts under the same code', () => {
    expect(htsInconsistent([['BK-100', '8471.30.0100'], ['BK-101', '8471.30.0100']])).toEqual([]);
  });

  it('flags the later row of a part classified under a second code, pointing at the first', () => {
    const findings = htsInconsistent([
      ['BK-100', '8471.30.0100'],
      ['CP-200', '6403.99.3100'],
      ['BK-100', '8471.50.0150'],
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'hts-inconsistent',
      severity: 'warning',
      row: 3,
      field: 'hts',
      column: 'HTS Code',
      value: '8471.50.0150',
    });
    expect(findings[0]!.message).toContain('row 1');
    expect(findings[0]!.fix).toContain('8471.30.0100');
  });

  it('compares part numbers without regard to case or surrounding spaces', () => {
    const findings = htsInconsistent([['bk-100 ', '8471.30.0100'], ['BK-100', '8471.50.0150']]);
    expect(findings.map((f) => f.row)).toEqual([2]);
  });

  it('ignores rows without a part number or without a code', () => {
    expect(htsInconsistent([['', '8471.30.0100'], ['', '6403.99.3100'], ['BK-100', ''], ['BK-100', '8471.30.0100']])).toEqual([]);
  });
});
