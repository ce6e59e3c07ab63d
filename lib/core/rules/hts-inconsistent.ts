import type { CatalogRow } from '../catalog/catalog';
import { type ColumnValues, columnValues, numberColumnInSteps, PART_KEY, UNNUMBERED } from '../catalog/column-values';
import { inOrder, type Steps } from '../work-steps';
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
  start(rows, context) {
    const { catalog, jurisdiction } = context;
    const findings: Finding[] = [];
    // Part numbers in any case and codes, each numbered once per catalog: rows are grouped by number.
    let parts: ColumnValues;
    let codes: ColumnValues;
    // Part number → the row (index) that first classified it; its code is read back from that row.
    let firstRow: Int32Array | undefined;
    // 8471.30.0100 and 8471300100 are the same classification: the digits of each distinct code, once.
    let digitsOfCode: (string | undefined)[];
    const digitsOf = (row: CatalogRow, text: string) => {
      const id = codes.ids[row.row - 1]!;
      if (id === UNNUMBERED) return parseTariffCode(text, jurisdiction).digits ?? text;
      return (digitsOfCode[id] ??= parseTariffCode(text, jurisdiction).digits ?? text);
    };
    let index = 0;
    const compareRows: Steps = (budget) => {
      if (!firstRow) {
        parts = columnValues(catalog, 'sku', PART_KEY);
        codes = columnValues(catalog, 'hts');
        firstRow = new Int32Array(parts.texts.length).fill(-1);
        digitsOfCode = new Array(codes.texts.length);
      }
      const end = Math.min(rows.length, index + budget);
      for (; index < end; index++) {
        const row = rows.at(index);
        const part = parts.ids[row.row - 1]!;
        // Number 0 is the empty text.
        if (part === 0 || codes.ids[row.row - 1] === 0) continue;
        const first = firstRow[part]!;
        if (first < 0) {
          firstRow[part] = index;
          continue;
        }
        const text = row.text('hts');
        const classifiedFirst = rows.at(first);
        const firstText = classifiedFirst.text('hts');
        if (digitsOf(classifiedFirst, firstText) !== digitsOf(row, text)) {
          findings.push(
            cellFinding(this, row, 'hts', `Part ${row.text('sku')} is classified ${text} here but ${firstText} in row ${classifiedFirst.row}.`, {
              fix: `Use one classification for ${row.text('sku')} (row ${classifiedFirst.row} has ${firstText}).`,
            }),
          );
        }
      }
      return index >= rows.length;
    };
    const { columnOf } = catalog.mapping;
    return {
      findings,
      advance: inOrder([numberColumnInSteps(catalog, columnOf.sku, PART_KEY), numberColumnInSteps(catalog, columnOf.hts), compareRows]),
    };
  },
};
