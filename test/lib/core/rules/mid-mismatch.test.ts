import { describe, expect, it } from 'vitest';
import { checkWithRule } from '../../../support/catalog-builder';

const headers = ['Manufacturer', 'Manufacturer Address', 'Manufacturer City', 'Manufacturer Country', 'MID'];
const midMismatch = (rows: string[][]) => checkWithRule('mid-mismatch', { headers, rows });

const brightstar = ['Brightstar Electronics Co., Ltd.', '1288 Longgang Avenue', 'Shenzhen', 'CN'];

describe('mid-mismatch', () => {
  it('accepts a MID built from the manufacturer in the row', () => {
    expect(
      midMismatch([
        [...brightstar, 'CNBRIELE1288SHE'],
        // 19 CFR 102 Appendix: "Amalgamated Plastics Corp." → AMAPLA; Canada uses the province (Ontario = XO).
        ['Amalgamated Plastics Corp.', '123 Industrial Road', 'Toronto', 'CA', 'XOAMAPLA123TOR'],
        // "A", "an", "and", "of" and "the" are skipped; initials together are one word.
        ['The Embroidery Company', '12 Mill Street', 'Dhaka', 'BD', 'BDEMBCOM12DHA'],
        ['A.B.C. Company', '45 King Road', 'Karachi', 'PK', 'PKABCCOM45KAR'],
        // The largest number of the address, first four digits; accents are dropped.
        ['Hans Müller GmbH', 'Gebäude 3, Hauptstraße 12750', 'München', 'DE', 'DEHANMUL1275MUN'],
      ]),
    ).toEqual([]);
  });

  it('warns when the name letters are another manufacturer\'s', () => {
    const [finding, ...rest] = midMismatch([[...brightstar, 'CNSUNELE1288SHE']]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: 'mid-mismatch', severity: 'warning', row: 1, field: 'mid', column: 'MID', value: 'CNSUNELE1288SHE' });
    expect(finding!.message).toContain('name letters SUNELE');
    expect(finding!.message).toContain('BRIELE');
    expect(finding!.fix).toMatch(/same factory/);
  });

  it('warns when the country, address number or city disagree', () => {
    const findings = midMismatch([
      ['Amalgamated Plastics Corp.', '123 Industrial Road', 'Toronto', 'CA', 'CNAMAPLA123TOR'],
      ['Brightstar Electronics Co., Ltd.', '88 Longgang Avenue', 'Shenzhen', 'CN', 'CNBRIELE1288SHE'],
      ['Brightstar Electronics Co., Ltd.', '1288 Longgang Avenue', 'Guangzhou', 'CN', 'CNBRIELE1288SHE'],
    ]);
    expect(findings.map((f) => f.row)).toEqual([1, 2, 3]);
    expect(findings[0]!.message).toMatch(/country CN/);
    expect(findings[1]!.message).toMatch(/address number 1288.*88/);
    expect(findings[2]!.message).toMatch(/city letters SHE.*GUA/);
  });

  it('leaves malformed MIDs to mid-format and rows without a manufacturer alone', () => {
    expect(midMismatch([[...brightstar, 'cnbriele1288she'], ['', '1 Road', 'Paris', 'FR', 'CNBRIELE1288SHE'], [...brightstar, '']])).toEqual([]);
  });

  it('compares only the details the row gives', () => {
    const findings = checkWithRule('mid-mismatch', { headers: ['Manufacturer', 'MID'], rows: [['Brightstar Electronics Co., Ltd.', 'CNBRIELE1288SHE']] });
    expect(findings).toEqual([]);
  });

  it('judges a MID again when a later row gives it other details, and reads cells too long to number', () => {
    const longAddress = 'Building 7, Industrial Zone North, 1288 Longgang Avenue, Longgang District';
    const findings = midMismatch([
      [...brightstar, 'CNBRIELE1288SHE'],
      ['Brightstar Electronics Co., Ltd.', '1288 Longgang Avenue', 'Guangzhou', 'CN', 'CNBRIELE1288SHE'],
      [...brightstar, 'CNBRIELE1288SHE'],
      // The address is too long to be numbered: the row is judged by its texts.
      ['Brightstar Electronics Co., Ltd.', longAddress, 'Shenzhen', 'CN', 'CNBRIELE1288SHE'],
      ['Brightstar Electronics Co., Ltd.', longAddress.replace('1288', '77'), 'Shenzhen', 'CN', 'CNBRIELE1288SHE'],
      [' Brightstar Electronics Co., Ltd. ', '1288 Longgang Avenue', 'Guangzhou', 'cn', ' CNBRIELE1288SHE '],
    ]);
    expect(findings.map((f) => f.row)).toEqual([2, 5, 6]);
    expect(findings[0]!.message).toMatch(/city letters SHE.*GUA/);
    expect(findings[1]!.message).toMatch(/address number 1288.*77/);
    expect(findings[2]!.message).toBe(findings[0]!.message);
    expect(findings[2]!.value).toBe(' CNBRIELE1288SHE ');
  });
});
