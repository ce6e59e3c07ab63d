import type { CatalogRow } from '../catalog/catalog';
import { columnValues, PART_KEY, UNNUMBERED } from '../catalog/column-values';
import type { Finding } from '../model/finding';
import { JURISDICTIONS } from '../model/jurisdiction';
import { parseTariffCode } from '../values/tariff-code';
import type { TableRule } from './rule';
import { cellFinding } from './rule';

export const htsInconsistent: TableRule = {
  scope: 'table',
  id: 'hts-inconsistent',
  title: 'The same part is classified under different codes',
  severity: 'warning',
  fields: ['sku', 'hts'],
  jurisdictions: JURISDICTIONS,
  help:
    'One product has one classification. The same part number under two tariff codes in one catalog means one of them is wrong, ' +
    'and inconsistent classification is a common reason for CBP requests for information (CBP Form 28).',
  source: { name: 'CBP Informed Compliance Publication "Tariff Classification"; 19 U.S.C. 1484 (reasonable care)', url: 'https://www.cbp.gov/trade/rulings/informed-compliance-publications' },
  check(rows, context) {
    const { catalog, jurisdiction } = context;
    // Part numbers in any case and codes, each numbered once per catalog: rows are grouped by number.
    const parts = columnValues(catalog, 'sku', PART_KEY);
    const codes = columnValues(catalog, 'hts');
    // Part number → the row (index) that first classified it; its code is read back from that row.
    const firstRow = new Int32Array(parts.texts.length).fill(-1);
    // 8471.30.0100 and 8471300100 are the same classification: the digits of each distinct code, once.
    const digitsOfCode: (string | undefined)[] = new Array(codes.texts.length);
    const digitsOf = (row: CatalogRow, text: string) => {
      const id = codes.ids[row.row - 1]!;
      if (id === UNNUMBERED) return parseTariffCode(text, jurisdiction).digits ?? text;
      return (digitsOfCode[id] ??= parseTariffCode(text, jurisdiction).digits ?? text);
    };
    const findings: Finding[] = [];
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!;
      const part = parts.ids[row.row - 1]!;
      // Number 0 is the empty text.
      if (part === 0 || codes.ids[row.row - 1] === 0) continue;
      const first = firstRow[part]!;
      if (first < 0) {
        firstRow[part] = index;
        continue;
      }
      const text = row.text('hts');
      const firstText = rows[first]!.text('hts');
      if (digitsOf(rows[first]!, firstText) !== digitsOf(row, text)) {
        findings.push(
          cellFinding(this, row, 'hts', `Part ${row.text('sku')} is classified ${text} here but ${firstText} in row ${rows[first]!.row}.`, {
            fix: `Use one classification for ${row.text('sku')} (row ${rows[first]!.row} has ${firstText}).`,
          }),
        );
      }
    }
    return findings;
  },
};
