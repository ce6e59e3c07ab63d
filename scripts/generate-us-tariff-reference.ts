/**
 * Regenerates the U.S. tariff data built into the product, from the official files in ../shared:
 *   lib/core/reference/us-schedule.json   ← CBP ACE "HTS PGA report" (reference/cbp-hts-pga-report-*.csv)
 *   lib/core/reference/us-section301.json ← USTR Section 301 rates by 8-digit line (reference/us-section301-rates-hts8.csv)
 * and prints their sizes (raw and gzipped). Run it when a newer report is put in ../shared, then
 * update US_SCHEDULE_FILE below; test/lib/core/reference fails while the committed files drift.
 *
 *   npx tsx scripts/generate-us-tariff-reference.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import Papa from 'papaparse';
import { decodeSection301, encodeSection301, type Section301Snapshot } from '../lib/core/reference/section301-list';
import { decodeUsSchedule, encodeUsSchedule, type UsScheduleSnapshot } from '../lib/core/reference/us-schedule-snapshot';
import { readAcePgaReport } from '../lib/core/schedule/read-ace-pga-report';

export const US_SCHEDULE_FILE = 'cbp-hts-pga-report-2026-02-21.csv';
export const SECTION301_FILE = 'us-section301-rates-hts8.csv';
export const SECTION301_SOURCE = 'USTR Section 301 lists (China), additional duty by 8-digit HTSUS line';

export function buildUsSchedule(reportText: string): UsScheduleSnapshot {
  return encodeUsSchedule(readAcePgaReport(reportText, US_SCHEDULE_FILE), US_SCHEDULE_FILE);
}

/** `hts8,s301_rate` rows, e.g. `01012100,7.5`. */
export function buildSection301(csvText: string): Section301Snapshot {
  const rows = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  const rates = new Map<string, string>();
  rows.forEach((row, index) => {
    const code = row.hts8?.trim() ?? '';
    const rate = row.s301_rate?.trim() ?? '';
    if (!/^\d{8}$/.test(code) || !/^\d+(\.\d+)?$/.test(rate)) {
      throw new Error(`${SECTION301_FILE} line ${index + 2}: expected an 8-digit code and a rate, got "${code}", "${rate}".`);
    }
    rates.set(code, rate);
  });
  return encodeSection301(rates, SECTION301_FILE, SECTION301_SOURCE);
}

/** The committed form: one line of JSON, so a change shows as one line in a diff of sizes. */
export const snapshotText = (snapshot: unknown) => `${JSON.stringify(snapshot)}\n`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const shared = new URL('../../shared/reference/', import.meta.url);
  const outputs: [string, string, (data: unknown) => unknown][] = [
    ['us-schedule.json', snapshotText(buildUsSchedule(readFileSync(new URL(US_SCHEDULE_FILE, shared), 'utf8'))), decodeUsSchedule],
    ['us-section301.json', snapshotText(buildSection301(readFileSync(new URL(SECTION301_FILE, shared), 'utf8'))), decodeSection301],
  ];
  for (const [name, text, decode] of outputs) {
    const target = new URL(`../lib/core/reference/${name}`, import.meta.url);
    writeFileSync(target, text);
    const raw = Buffer.byteLength(text);
    console.log(`wrote ${target.pathname}: ${raw.toLocaleString('en')} bytes, ${gzipSync(text).length.toLocaleString('en')} gzipped`);
    console.log(`  load (JSON.parse + decode), warm, fastest of 7: ${fastestMs(() => decode(JSON.parse(text))).toFixed(1)} ms`);
  }
  await printFirstLoad();
}

/** The first load in a fresh process (bundled as the command line is): median of 7 processes, wall and CPU time. */
async function printFirstLoad(runs = 7): Promise<void> {
  const bundle = join(mkdtempSync(join(tmpdir(), 'customs-preflight-load-')), 'first-load.mjs');
  await build({ entryPoints: [new URL('reference/first-load.ts', import.meta.url).pathname], outfile: bundle, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
  const samples = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, [bundle], { encoding: 'utf8' })) as Record<string, number>);
  const median = (key: string) => samples.map((s) => s[key]!).sort((a, b) => a - b)[runs >> 1]!.toFixed(1);
  console.log(
    `first load in a fresh process (median of ${runs}): schedule ${median('scheduleMs')} ms (CPU ${median('scheduleCpuMs')} ms), ` +
      `Section 301 list ${median('section301Ms')} ms (CPU ${median('section301CpuMs')} ms)`,
  );
}

/** The fastest of a few runs: what loading costs once the code is warm, without the machine's noise. */
function fastestMs(work: () => unknown, runs = 7): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
