import type { CatalogRow } from '../catalog/catalog';
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
    // Part number → the row that first classified it (its code is read back from that row).
    const firstRow = new Map<string, CatalogRow>();
    // 8471.30.0100 and 8471300100 are the same classification; parseTariffCode remembers each text.
    const digitsOf = (text: string) => parseTariffCode(text, context.jurisdiction).digits ?? text;
    const findings: Finding[] = [];
    for (const row of rows) {
      const sku = row.text('sku').toUpperCase();
      const text = row.text('hts');
      if (sku === '' || text === '') continue;
      const first = firstRow.get(sku);
      if (!first) {
        firstRow.set(sku, row);
        continue;
      }
      const firstText = first.text('hts');
      if (digitsOf(firstText) !== digitsOf(text)) {
        findings.push(
          cellFinding(this, row, 'hts', `Part ${row.text('sku')} is classified ${text} here but ${firstText} in row ${first.row}.`, {
            fix: `Use one classification for ${row.text('sku')} (row ${first.row} has ${firstText}).`,
          }),
        );
      }
    }
    return findings;
  },
};
