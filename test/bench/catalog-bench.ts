/**
 * `npm run bench`: time reading + validating generated catalogs of 10k and 100k rows, and
 * compare with papaparse alone parsing the same text in the same run (the baseline). Reports
 * medians and the ratio; the target is a ratio of at most 1.5 (validation adds ≤ 50%).
 * Timings are printed, never asserted: machines differ, ratios travel.
 */
import Papa from 'papaparse';
import { readCatalogText } from '../../lib/core/read/read-catalog';
import { CSV_DELIMITERS } from '../../lib/core/read/read-csv';
import { readScheduleFile } from '../../lib/core/schedule/read-schedule';
import { validateTable } from '../../lib/core/validate';
import { ACE_REPORT, sharedBytes } from '../support/shared-data';
import { generateCatalogCsv } from './generate-catalog';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const scheduleStart = performance.now();
const schedule = readScheduleFile(sharedBytes(ACE_REPORT), 'cbp-hts-pga-report-2026-02-21.csv');
console.log(`schedule: ${schedule.lines.size} lines loaded in ${(performance.now() - scheduleStart).toFixed(0)} ms`);
console.log(`runs per measurement: ${RUNS} (median shown)\n`);
console.log('rows     size     papaparse alone   read + validate   ratio   findings');

for (const rowCount of [10_000, 100_000]) {
  const csv = generateCatalogCsv(rowCount, schedule);
  const parseTimes: number[] = [];
  const fullTimes: number[] = [];
  let findings = 0;
  // Alternate the two so both see the same machine state (GC, JIT, other load).
  for (let run = 0; run < RUNS + 1; run++) {
    const parse = time(() => Papa.parse(csv, { delimitersToGuess: CSV_DELIMITERS, skipEmptyLines: 'greedy' }));
    const full = time(() => {
      findings = validateTable(readCatalogText(csv, 'bench.csv'), { schedule, checkDate: '2026-11-23' }).findings.length;
    });
    if (run === 0) continue; // warm-up
    parseTimes.push(parse);
    fullTimes.push(full);
  }
  const parse = median(parseTimes);
  const full = median(fullTimes);
  console.log(
    `${String(rowCount).padEnd(8)} ${`${(csv.length / 1e6).toFixed(1)} MB`.padEnd(8)} ${`${parse.toFixed(0)} ms`.padEnd(17)} ${`${full.toFixed(0)} ms`.padEnd(17)} ${(full / parse).toFixed(2).padEnd(7)} ${findings}`,
  );
}
