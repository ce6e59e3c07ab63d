import { mapColumns } from '../mapping/column-mapping';
import type { Jurisdiction } from '../model/jurisdiction';
import type { RawTable } from '../read/raw-table';
import { type Classification, checkClassification } from './classification';

/** One part number's classification as a master list states it, with the team's note if any. */
export interface MasterLine extends Classification {
  partNumber: string;
  note: string | null;
}

export interface MasterProblem {
  /** `body` for the file as a whole, `row N` (1-based data row) for one line. */
  path: string;
  message: string;
}

export type MasterReading = { ok: true; lines: MasterLine[] } | { ok: false; problems: MasterProblem[] };

/**
 * A note column has no catalog field (a catalog's remarks are not checked), so it is found by its
 * header alone: the words teams use for "why this code" in the languages the checker reads.
 */
const NOTE_HEADER = /^(notes?|remarks?|comments?|reason|rationale|bemerkung(en)?|hinweis|anmerkung|kommentar|remarques?|commentaires?|notas?|observa[cç](ões|ao|ão|iones)|note|osservazioni|uwagi)\b/i;

/**
 * A master list (part number, tariff code, and optionally origin, unit, note) as a spreadsheet
 * exports it. Headers are recognised like a catalog's ("Part No.", "HTS", "Ursprungsland"...), so a
 * team uses the file it already keeps. Every problem is reported with its row; a master with any
 * problem is not used at all, because a wrong approved code would silence real findings.
 */
export function readMasterTable(table: RawTable, jurisdiction: Jurisdiction): MasterReading {
  const mapping = mapColumns(table.headers);
  const [part, code, origin, unit] = [mapping.columnOf.sku, mapping.columnOf.hts, mapping.columnOf.origin, mapping.columnOf.unit];
  const missing = [part < 0 ? 'a part number column' : null, code < 0 ? 'a tariff code column' : null].filter((m) => m !== null);
  if (missing.length > 0) {
    return { ok: false, problems: [{ path: 'body', message: `The master needs ${missing.join(' and ')}; its headers are: ${table.headers.join(', ')}.` }] };
  }
  const taken = new Set(Object.values(mapping.columnOf));
  const note = table.headers.findIndex((header, column) => !taken.has(column) && NOTE_HEADER.test(header.trim()));
  const lines: MasterLine[] = [];
  const problems: MasterProblem[] = [];
  // Part numbers are one in any case, as the checker groups them (catalog/column-values PART_KEY).
  const seen = new Map<string, number>();
  table.rows.forEach((cells, index) => {
    const row = index + 1;
    const partNumber = cells[part]?.trim() ?? '';
    if (partNumber === '') {
      // A blank line between blocks is common in kept spreadsheets; a blank part with a code is not.
      if (cells.every((cell) => cell.trim() === '')) return;
      return problems.push({ path: `row ${row}`, message: 'The part number is empty.' });
    }
    const earlier = seen.get(partNumber.toUpperCase());
    if (earlier !== undefined) return problems.push({ path: `row ${row}`, message: `Part number ${partNumber} is also on row ${earlier}; keep one.` });
    seen.set(partNumber.toUpperCase(), row);
    const checked = checkClassification(jurisdiction, {
      tariffCode: cells[code] ?? '',
      countryOfOrigin: origin >= 0 ? cells[origin] : undefined,
      unit: unit >= 0 ? cells[unit] : undefined,
    });
    if (!checked.ok) return checked.problems.forEach((message) => problems.push({ path: `row ${row}`, message }));
    lines.push({ partNumber, ...checked.classification, note: note >= 0 ? cells[note]?.trim() || null : null });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines };
}
