/**
 * Regenerates lib/core/reference/hs2022.json from the shared HS 2022 list (UN Comtrade
 * classification, public domain, ODC-PDDL). The product ships this small extract so it
 * never reads ../shared at run time: chapter titles and every 6-digit subheading code.
 *
 *   npx tsx scripts/generate-hs2022-reference.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';

export interface Hs2022Reference {
  source: string;
  chapters: Record<string, string>;
  /** Every HS 2022 6-digit subheading, concatenated (6 characters each) to keep the bundle small. */
  subheadings: string;
}

export function buildHs2022Reference(csvText: string): Hs2022Reference {
  const rows = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: true }).data;
  const chapters: Record<string, string> = {};
  const subheadings: string[] = [];
  for (const row of rows) {
    if (row.level === '2') chapters[row.hscode!] = row.description!;
    // 999999 is UN Comtrade's "commodities not specified", not an HS subheading.
    if (row.level === '6' && row.hscode !== '999999') subheadings.push(row.hscode!);
  }
  return {
    source: 'Harmonized System 2022 (WCO), via UN Comtrade classification HS2022; public domain (ODC-PDDL)',
    chapters,
    subheadings: subheadings.sort().join(''),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const csv = readFileSync(new URL('../../shared/reference/hs2022-harmonized-system.csv', import.meta.url), 'utf8');
  const target = new URL('../lib/core/reference/hs2022.json', import.meta.url);
  writeFileSync(target, `${JSON.stringify(buildHs2022Reference(csv))}\n`);
  console.log(`wrote ${target.pathname}`);
}
