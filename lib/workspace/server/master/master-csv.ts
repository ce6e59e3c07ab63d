import { mapColumns } from '../../../core/mapping/column-mapping';
import type { Jurisdiction } from '../../../core/model/jurisdiction';
import { CatalogReadError } from '../../../core/read/catalog-read-error';
import { readCsv } from '../../../core/read/read-csv';
import { type Classification, checkClassification } from './classification';

export interface MasterCsvLine extends Classification {
  partNumber: string;
}

export type MasterCsvReading = { ok: true; lines: MasterCsvLine[] } | { ok: false; problems: { path: string; message: string }[] };

/**
 * A master list as a spreadsheet exports it. Headers are recognised like a catalog's (any of the
 * wordings and languages the checker knows: "Part No.", "HTS", "Ursprungsland"...), so a team can
 * import the file they already keep. Every problem is reported with its row, and nothing is
 * imported unless the whole file is good.
 */
export function readMasterCsv(text: string, jurisdiction: Jurisdiction): MasterCsvReading {
  let table;
  try {
    table = readCsv(text, 'master.csv');
  } catch (error) {
    if (error instanceof CatalogReadError) return { ok: false, problems: [{ path: 'body', message: error.message }] };
    throw error;
  }
  const mapping = mapColumns(table.headers);
  const [part, code, origin, unit] = [mapping.columnOf.sku, mapping.columnOf.hts, mapping.columnOf.origin, mapping.columnOf.unit];
  const missing = [part < 0 ? 'a part number column' : null, code < 0 ? 'a tariff code column' : null].filter((m) => m !== null);
  if (missing.length > 0) {
    return { ok: false, problems: [{ path: 'body', message: `The CSV needs ${missing.join(' and ')}; its headers are: ${table.headers.join(', ')}.` }] };
  }
  const lines: MasterCsvLine[] = [];
  const problems: { path: string; message: string }[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((cells, index) => {
    const row = index + 1;
    const partNumber = cells[part]?.trim() ?? '';
    if (partNumber === '') return problems.push({ path: `row ${row}`, message: 'The part number is empty.' });
    const earlier = seen.get(partNumber);
    if (earlier !== undefined) return problems.push({ path: `row ${row}`, message: `Part number ${partNumber} is also on row ${earlier}; keep one.` });
    seen.set(partNumber, row);
    const checked = checkClassification(jurisdiction, {
      tariffCode: cells[code] ?? '',
      countryOfOrigin: origin >= 0 ? cells[origin] : undefined,
      unit: unit >= 0 ? cells[unit] : undefined,
    });
    if (!checked.ok) return checked.problems.forEach((message) => problems.push({ path: `row ${row}`, message }));
    lines.push({ partNumber, ...checked.classification });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}
