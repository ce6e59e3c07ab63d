import { describe, expect, it } from 'vitest';
import { checkWithRule } from '../../../support/catalog-builder';
import { masterOf } from '../../../support/master-samples';

const master = masterOf([{ partNumber: 'AX-10989', tariffCode: '8471300100' }], 'https://preflight.acme.example');
const unknown = (rows: string[][]) => checkWithRule('master-unknown-part', { headers: ['SKU', 'HTS'], rows, master });

describe('master-unknown-part', () => {
  it('notes each row whose part number has no approved classification', () => {
    const findings = unknown([['AX-10989', ''], ['NEW-1', '8471.30.0100'], ['new-1', '']]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'master-unknown-part', severity: 'info', row: 2, field: 'sku', value: 'NEW-1' }),
      expect.objectContaining({ row: 3, value: 'new-1' }),
    ]);
    expect(findings[0]!.message).toBe('Part NEW-1 has no approved classification in https://preflight.acme.example.');
  });

  it('says nothing about rows without a part number', () => {
    expect(unknown([['', '8471.30.0100'], ['  ', '']])).toEqual([]);
  });
});
