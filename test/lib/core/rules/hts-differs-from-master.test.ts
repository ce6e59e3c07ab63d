import { describe, expect, it } from 'vitest';
import { checkCatalog, checkWithRule } from '../../../support/catalog-builder';
import { masterOf } from '../../../support/master-samples';

const master = masterOf([
  { partNumber: 'AX-10989', tariffCode: '8471300100', note: 'ruling NY N312345' },
  { partNumber: 'BO-2', tariffCode: '73181520' },
]);
const headers = ['Part No', 'HTS', 'Origin'];
const differs = (rows: string[][]) => checkWithRule('hts-differs-from-master', { headers, rows, master });

describe('hts-differs-from-master', () => {
  it('warns when a part is declared under another code than the approved one, with the approved code as the fix', () => {
    const findings = differs([['ax-10989', '8471.50.0150', 'CN']]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'hts-differs-from-master', severity: 'warning', row: 1, field: 'hts', column: 'HTS', value: '8471.50.0150', fix: '8471.30.0100' }),
    ]);
    expect(findings[0]!.message).toBe('Part ax-10989 is approved under 8471.30.0100 (master.csv: ruling NY N312345), not 8471.50.0150.');
  });

  it('agrees with the same code written with or without dots, and with a line more specific than an 8-digit approval', () => {
    expect(differs([['AX-10989', '8471300100', ''], ['AX-10989', '8471.30.0100', ''], ['BO-2', '7318.15.2010', ''], ['BO-2', '7318.15.20', '']])).toEqual([]);
  });

  it('leaves parts not in the master, rows without a part and malformed codes to other rules', () => {
    expect(differs([['NEW-1', '8471.50.0150', ''], ['', '8471.50.0150', ''], ['AX-10989', '84x71', ''], ['AX-10989', '', '']])).toEqual([]);
  });

  it('is skipped quietly without a master: not a check that could not run', () => {
    const report = checkCatalog({ headers, rows: [['AX-10989', '8471.50.0150', 'CN']] });
    expect(report.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'hts-differs-from-master', cause: 'turned-off', reason: expect.stringMatching(/classification master/) }));
  });
});
