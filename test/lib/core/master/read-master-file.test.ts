import { describe, expect, it } from 'vitest';
import { readMasterFile, readMasterText } from '../../../../lib/core/master/read-master-file';
import { CatalogReadError } from '../../../../lib/core/read/catalog-read-error';

describe('reading a classification master file', () => {
  it('reads a spreadsheet export in the wordings a team already uses, with a note column, codes to digits and origins to ISO', () => {
    const master = readMasterText(
      'Part No.;HTS;Ursprungsland;Unit;Bemerkung\nAX-10989;8471.30.0100;cn;no;ruling NY N312345\nbo-2;7318.15.2010;VN;;\n',
      'master.csv',
      'US',
    );
    expect(master.size).toBe(2);
    expect(master.classificationOf('AX-10989')).toEqual({ partNumber: 'AX-10989', tariffCode: '8471300100', countryOfOrigin: 'CN', unit: 'NO', note: 'ruling NY N312345' });
    // The same part in any case, with stray spaces, is one part.
    expect(master.classificationOf(' ax-10989 ')?.tariffCode).toBe('8471300100');
    expect(master.classificationOf('BO-2')).toMatchObject({ countryOfOrigin: 'VN', unit: null, note: null });
    expect(master.classificationOf('NOT-THERE')).toBeUndefined();
  });

  it('reads JSON (an array of records) like a catalog, from bytes with a BOM', () => {
    const json = JSON.stringify([{ sku: 'LT-1', hts_code: '8471300100', country_of_origin: 'CN', notes: 'approved 2026-01' }]);
    const master = readMasterFile(new TextEncoder().encode(`\uFEFF${json}`), 'master.json', 'US');
    expect(master.classificationOf('lt-1')).toMatchObject({ tariffCode: '8471300100', countryOfOrigin: 'CN', note: 'approved 2026-01' });
    expect(master.name).toBe('master.json');
  });

  it('skips blank lines, and refuses a master with bad lines, naming each by row', () => {
    expect(readMasterText('SKU,HTS\nA-1,8471300100\n,\nA-2,7318152010\n', 'm.csv', 'US').size).toBe(2);
    const bad = () => readMasterText('SKU,HTS,Origin\nA-1,84713,CN\na-1,8471300100,CN\n,8471300100,CN\nA-3,8471300100,Atlantis\n', 'm.csv', 'US');
    expect(bad).toThrow(CatalogReadError);
    expect(bad).toThrow(/m\.csv: is not a usable classification master: row 1: Tariff code "84713".*row 2: Part number a-1 is also on row 1.*row 3: The part number is empty.*row 4: Country of origin "Atlantis"/);
  });

  it('says which columns a master needs when it has none it can use', () => {
    expect(() => readMasterText('Description,Price\nWidget,3.50\n', 'm.csv', 'US')).toThrow(/needs a part number column and a tariff code column; its headers are: Description, Price/);
  });
});
