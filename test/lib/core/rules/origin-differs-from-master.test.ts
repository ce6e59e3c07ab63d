import { describe, expect, it } from 'vitest';
import { checkWithRule } from '../../../support/catalog-builder';
import { masterOf } from '../../../support/master-samples';

const master = masterOf([
  { partNumber: 'AX-10989', tariffCode: '8471300100', countryOfOrigin: 'CN' },
  { partNumber: 'BO-2', tariffCode: '7318152010', countryOfOrigin: null },
]);
const headers = ['Part No', 'HTS', 'Country of Origin'];
const differs = (rows: string[][]) => checkWithRule('origin-differs-from-master', { headers, rows, master });

describe('origin-differs-from-master', () => {
  it('warns when a part comes from another origin than the approved one, with the approved origin as the fix', () => {
    const findings = differs([['AX-10989', '8471.30.0100', 'Vietnam']]);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', row: 1, field: 'origin', value: 'Vietnam', fix: 'CN' })]);
    expect(findings[0]!.message).toBe('Part AX-10989 is approved with origin CN (master.csv), not Vietnam.');
  });

  it('agrees with the origin written as a code in any case or as a name', () => {
    expect(differs([['AX-10989', '', 'CN'], ['ax-10989', '', 'cn'], ['AX-10989', '', 'China']])).toEqual([]);
  });

  it('says nothing when the master approved no origin, the part is unknown, or the origin is empty or unreadable', () => {
    expect(differs([['BO-2', '', 'DE'], ['NEW-1', '', 'DE'], ['AX-10989', '', ''], ['AX-10989', '', 'Chna?']])).toEqual([]);
  });
});
