import type { Jurisdiction } from '../../../core/model/jurisdiction';
import type { Classification } from '../../../core/master/classification';
import { readMasterTable } from '../../../core/master/read-master-table';
import { CatalogReadError } from '../../../core/read/catalog-read-error';
import { readCsv } from '../../../core/read/read-csv';

export interface MasterCsvLine extends Classification {
  partNumber: string;
}

export type MasterCsvReading = { ok: true; lines: MasterCsvLine[] } | { ok: false; problems: { path: string; message: string }[] };

/**
 * A master list imported as CSV, read by the same code the command line and the extension use for
 * a master file (lib/core/master). Nothing is imported unless the whole file is good. The server
 * keeps no notes, so a note column is read and left out.
 */
export function readMasterCsv(text: string, jurisdiction: Jurisdiction): MasterCsvReading {
  let table;
  try {
    table = readCsv(text, 'master.csv');
  } catch (error) {
    if (error instanceof CatalogReadError) return { ok: false, problems: [{ path: 'body', message: error.message }] };
    throw error;
  }
  const reading = readMasterTable(table, jurisdiction);
  if (!reading.ok) return reading;
  return { ok: true, lines: reading.lines.map(({ note: _note, ...line }) => line) };
}
