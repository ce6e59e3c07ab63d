import { CatalogReadError } from '../read/catalog-read-error';
import { CsvQuoteError, readCsvRecords } from '../read/csv-records';
import { csvLineBreakOf } from '../read/read-csv';
import { normalizeQuantityUnit } from '../values/quantity-unit';
import { type ScheduleLine, type TariffSchedule, usDateToIso } from './tariff-schedule';

/**
 * CBP's ACE "HTS PGA report" (Reports → HTS, the file ACE filers download): a few preamble
 * lines ("HTS Date:,2/21/2026"), then `Tariff Number, Description, Effective Date,
 * Expiration Date, Census Qty 1..3, AD Duty, CV Duty, PGA 1..10`, one 10-digit line per row.
 * Chapter 98/99 provisions are written with a leading `00` (`0098010011` is 9801.00.11).
 */
export function readAcePgaReport(text: string, file: string): TariffSchedule {
  const records = recordsOf(text, file);
  const headerIndex = records.findIndex((r) => r[0]?.trim() === 'Tariff Number');
  if (headerIndex < 0) throw new CatalogReadError(file, 'has no "Tariff Number" header: it is not an ACE HTS PGA report.');
  const header = records[headerIndex]!.map((h) => h.trim());
  const col = (name: string) => header.indexOf(name);
  const [description, effective, expires] = [col('Description'), col('Effective Date'), col('Expiration Date')];
  const [antidumping, countervailing] = [col('AD Duty'), col('CV Duty')];
  const unitColumns = ['Census Qty 1', 'Census Qty 2', 'Census Qty 3'].map(col).filter((c) => c >= 0);
  const pgaColumns = header.flatMap((h, i) => (/^PGA \d+$/.test(h) ? [i] : []));

  const asOfRecord = records.slice(0, headerIndex).find((r) => /HTS Date/i.test(r[0] ?? ''));
  const lines = new Map<string, ScheduleLine>();
  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i]!;
    let code = (record[0] ?? '').trim();
    if (!/^\d{10}$/.test(code)) {
      throw new CatalogReadError(file, `"${code}" is not a 10-digit tariff number.`, i + 1);
    }
    if (code.startsWith('0098') || code.startsWith('0099')) code = code.slice(2);
    const line: ScheduleLine = {
      code,
      description: record[description]?.trim() ?? '',
      units: filledCells(record, unitColumns).map(normalizeQuantityUnit),
      agencies: filledCells(record, pgaColumns),
      effective: usDateToIso(record[effective] ?? ''),
      expires: usDateToIso(record[expires] ?? ''),
      leaf: true,
    };
    if (antidumping >= 0) line.antidumping = record[antidumping]?.trim() === 'Y';
    if (countervailing >= 0) line.countervailing = record[countervailing]?.trim() === 'Y';
    lines.set(code, line);
  }
  return {
    name: file,
    format: 'ace-pga-report',
    jurisdiction: 'US',
    asOf: asOfRecord ? usDateToIso(asOfRecord[1] ?? '') : null,
    lines,
  };
}

/** The report's records, lines of one empty cell left out (what papaparse's skipEmptyLines did here). */
function recordsOf(text: string, file: string): string[][] {
  const records: string[][] = [];
  try {
    readCsvRecords(text, { delimiter: ',', newline: csvLineBreakOf(text) }, true, (cells) => {
      if (cells.length > 1 || cells[0] !== '') records.push(cells);
    });
  } catch (error) {
    if (!(error instanceof CsvQuoteError)) throw error;
    throw new CatalogReadError(file, `${error.message}: it is not an ACE HTS PGA report as CBP writes it.`, 1 + (text.slice(0, error.recordStart).match(/\n/g)?.length ?? 0));
  }
  return records;
}

/** The trimmed texts of the record's cells in `columns` that are not empty. */
function filledCells(record: readonly string[], columns: readonly number[]): string[] {
  const texts: string[] = [];
  for (const column of columns) {
    const text = record[column]?.trim();
    if (text) texts.push(text);
  }
  return texts;
}
