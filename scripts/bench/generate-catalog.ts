/**
 * Deterministic synthetic catalogs for the benchmark: realistic columns and values drawn from a
 * tariff schedule, with about 5% of rows carrying a problem, so the rules do their usual work.
 * Codes come from a range of TARIFF_RANGE lines, as a large importer's product master does (a
 * catalog does not spread 100,000 parts evenly over all 19,000 U.S. lines); every part number
 * and description is distinct.
 */
const TARIFF_RANGE = 2_000;
import { closeSync, openSync, writeSync } from 'node:fs';
import Papa from 'papaparse';
import type { TariffSchedule } from '../../lib/core/schedule/tariff-schedule';

const HEADERS = [
  'Part Number', 'Description', 'HTS Code', 'Country of Origin', 'Quantity', 'UOM', 'Unit Price', 'Extended Value',
  'Currency', 'Net Weight (kg)', 'Gross Weight (kg)', 'Manufacturer', 'Manufacturer Address', 'Manufacturer City',
  'Manufacturer Country', 'MID', 'Incoterms',
];
const MAKERS = [
  ['Brightstar Electronics Co., Ltd.', '1288 Longgang Avenue', 'Shenzhen', 'CN', 'CNBRIELE1288SHE'],
  ['Lombardy Leather Works SpA', '87 Via Milano', 'Bergamo', 'IT', 'ITLOMLEA87BER'],
  ['Monterrey Steel Fabricators SA', '3310 Avenida Constitucion', 'Monterrey', 'MX', 'MXMONSTE3310MON'],
  ['Mekong Furniture Company', '56 Binh Duong Boulevard', 'Thuan', 'VN', 'VNMEKFUR56THU'],
] as const;
const INCOTERMS = ['FOB', 'CIF', 'EXW', 'DAP', 'FCA', 'DDP'];
const CURRENCIES = ['USD', 'EUR', 'CNY', 'JPY'];

/** Small linear congruential generator: the same catalog on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateCatalogCsv(rowCount: number, schedule: TariffSchedule, seed = 42): string {
  return Papa.unparse({ fields: HEADERS, data: [...generateCatalogRows(rowCount, schedule, seed)] });
}

/**
 * The same catalog written to a file a slice at a time, so a million rows never sit in memory as
 * one string: the file's bytes are those of generateCatalogCsv.
 */
export function writeCatalogCsv(path: string, rowCount: number, schedule: TariffSchedule, seed = 42): void {
  const file = openSync(path, 'w');
  try {
    writeSync(file, Papa.unparse([HEADERS]));
    let slice: string[][] = [];
    const flush = () => {
      if (slice.length > 0) writeSync(file, `\r\n${Papa.unparse(slice)}`);
      slice = [];
    };
    for (const row of generateCatalogRows(rowCount, schedule, seed)) {
      slice.push(row);
      if (slice.length === 10_000) flush();
    }
    flush();
  } finally {
    closeSync(file);
  }
}

function* generateCatalogRows(rowCount: number, schedule: TariffSchedule, seed: number): Generator<string[]> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const inForce = [...schedule.lines.values()].filter((l) => l.code.length === 10 && l.units[0] && l.expires && l.expires > '2026-12-31');
  const lines = Array.from({ length: TARIFF_RANGE }, () => pick(inForce));
  for (let i = 0; i < rowCount; i++) {
    const line = pick(lines);
    const maker = pick(MAKERS);
    const unit = line.units[0]!;
    const quantity = unit === 'KG' ? Math.round(next() * 50000) / 10 + 1 : Math.floor(next() * 5000) + 1;
    const price = Math.round(next() * 300000) / 100 + 0.5;
    const problem = next() < 0.05 ? Math.floor(next() * 5) : -1;
    const net = Math.round(next() * 40000) / 10 + 1;
    yield [
      `P-${100000 + i}`,
      `${line.description.toLowerCase()}, item ${i}`,
      problem === 0 ? line.code.slice(0, 8) : `${line.code.slice(0, 4)}.${line.code.slice(4, 6)}.${line.code.slice(6)}`,
      problem === 1 ? 'Various' : maker[3],
      String(quantity),
      unit,
      price.toFixed(2),
      (problem === 2 ? quantity * price * 1.2 : quantity * price).toFixed(2),
      pick(CURRENCIES),
      net.toFixed(1),
      (problem === 3 ? net * 0.8 : net * 1.25).toFixed(1),
      maker[0],
      maker[1],
      maker[2],
      maker[3],
      maker[4],
      problem === 4 ? 'DAT' : pick(INCOTERMS),
    ];
  }
}
