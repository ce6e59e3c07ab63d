import Papa from 'papaparse';
import { CatalogReadError } from '../read/catalog-read-error';
import { normalizeQuantityUnit } from '../values/quantity-unit';
import { markLeaves, type ScheduleLine, type TariffSchedule } from './tariff-schedule';

/**
 * The USITC HTS export (hts.usitc.gov → Export): JSON, a list of
 * `{ htsno, indent, description, units: ["No."], general, special, other, footnotes, ... }`,
 * or its CSV form with `HTS Number, Indent, Description, Unit of Quantity, ...`. Every level
 * (heading, subheading, statistical suffix) is a row; rows without a number are text lines.
 */
interface UsitcRow {
  htsno: string;
  description: string;
  units: string[];
}

export function readUsitcJson(text: string, file: string): TariffSchedule {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CatalogReadError(file, `is not valid JSON (${error instanceof Error ? error.message : error}).`);
  }
  if (!Array.isArray(data)) throw new CatalogReadError(file, 'must be a JSON list of HTS rows (the USITC export).');
  const rows = data.map((item, index): UsitcRow => {
    if (typeof item !== 'object' || item === null || !('htsno' in item)) {
      throw new CatalogReadError(file, `entry ${index + 1} has no "htsno": this is not a USITC HTS export.`);
    }
    const record = item as Record<string, unknown>;
    return {
      htsno: String(record.htsno ?? ''),
      description: String(record.description ?? ''),
      units: Array.isArray(record.units) ? record.units.map(String) : [],
    };
  });
  return buildSchedule(rows, file, 'usitc-json');
}

export function readUsitcCsv(text: string, file: string): TariffSchedule {
  const records = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const number = header.indexOf('hts number');
  const description = header.indexOf('description');
  const units = header.indexOf('unit of quantity');
  if (number < 0) throw new CatalogReadError(file, 'has no "HTS Number" column: it is not a USITC HTS export.', 1);
  const rows = records.slice(1).map((record) => ({
    htsno: record[number] ?? '',
    description: record[description] ?? '',
    // The CSV writes units as a JSON-like list: ["No."] or ["kg","No."].
    units: [...(record[units] ?? '').matchAll(/"([^"]+)"|([^\[\],"]+)/g)]
      .map((m) => (m[1] ?? m[2] ?? '').trim())
      .filter(Boolean),
  }));
  return buildSchedule(rows, file, 'usitc-csv');
}

function buildSchedule(rows: UsitcRow[], file: string, format: TariffSchedule['format']): TariffSchedule {
  const lines = new Map<string, ScheduleLine>();
  for (const row of rows) {
    const code = row.htsno.replace(/\D/g, '');
    if (code.length < 8) continue; // headings and 6-digit subheadings carry no units or statistics
    lines.set(code, {
      code,
      description: row.description.trim(),
      units: row.units.map(normalizeQuantityUnit),
      agencies: [],
      effective: null,
      expires: null,
      leaf: true,
    });
  }
  if (lines.size === 0) throw new CatalogReadError(file, 'lists no 8- or 10-digit HTS numbers.');
  markLeaves(lines);
  return { name: file, format, jurisdiction: 'US', asOf: null, lines };
}
