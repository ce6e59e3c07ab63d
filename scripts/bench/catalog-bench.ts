/**
 * `npm run bench`: every performance figure of the product, each beside a baseline measured in the
 * same run on the same file, as a ratio. Timings are printed, never asserted: machines differ,
 * ratios travel. Writes bench-results.json (gitignored) with every figure.
 *
 * - In process: reading + validating a generated catalog, against papaparse alone parsing the
 *   same text (alternated run by run, medians).
 * - Whole process: the package's binary checking a catalog file into a JSON report file, against
 *   a node process that only parses the same file with papaparse (pairs alternated, medians of
 *   the pairwise ratios), with peak memory from GNU time.
 *
 * BENCH_RUNS (default 5) sets the runs per in-process figure and BENCH_PROCESS_RUNS (default 3)
 * the pairs per whole-process figure below a million rows (one pair at a million);
 * BENCH_SIZES=10000,100000 leaves out the million-row figures.
 * - The service worker, when the extension is built: scripts/bench/worker-bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Papa from 'papaparse';
import { readCatalogText } from '../../lib/core/read/read-catalog';
import { CSV_DELIMITERS } from '../../lib/core/read/read-csv';
import { readScheduleFile } from '../../lib/core/schedule/read-schedule';
import { validateTable } from '../../lib/core/validate';
import { ACE_REPORT, sharedPath } from '../../test/support/shared-data';
import { writeCatalogCsv } from './generate-catalog';
import { benchMaster } from './master-bench';
import { canTimeProcesses, median, type ProcessRun, timeProcess } from './process-timing';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BINARY = join(ROOT, 'bin/customs-preflight.js');
const PARSE_ONLY = join(ROOT, 'scripts/bench/papaparse-only.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PROCESS_RUNS = Number(process.env.BENCH_PROCESS_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const CHECK_DATE = '2026-11-23';
/** Catalogs are generated once per machine and kept between runs: a million rows take a while. */
const CATALOGS = join(tmpdir(), 'customs-preflight-bench-v1');
const SCHEDULE_FILE = sharedPath(ACE_REPORT);

const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, checkDate: CHECK_DATE };

const ms = (value: number) => `${value.toFixed(0)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const verdict = (value: number, target: number) => (value <= target ? `target ≤ ${target}× met` : `target ≤ ${target}× NOT met`);

/**
 * Wall time and this process's CPU time (user + system) of one run. On a shared machine the wall
 * clock also counts the time spent waiting for a core; the CPU time does not, so its ratio is the
 * steadier figure when other work runs beside the bench (it includes the collector's helper threads).
 */
interface Timing {
  wallMs: number;
  cpuMs: number;
}

function time(run: () => unknown): Timing {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  run();
  const wallMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

// The content script is injected into every page checked: its size is a figure of the product too,
// as built (what the browser parses on every page) and gzipped (about what it adds to the packed,
// zipped extension a user downloads).
const CONTENT_SCRIPT = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
if (existsSync(CONTENT_SCRIPT)) {
  const script = readFileSync(CONTENT_SCRIPT);
  const kilobytes = script.length / 1000;
  const gzippedKilobytes = gzipSync(script, { level: 9 }).length / 1000;
  results.contentScriptKb = kilobytes;
  results.contentScriptGzipKb = gzippedKilobytes;
  console.log(
    `content script: ${kilobytes.toFixed(1)} kB, ${gzippedKilobytes.toFixed(1)} kB gzipped (.output/chrome-mv3, built ${statSync(CONTENT_SCRIPT).mtime.toISOString()}; ` +
      '175.8 kB and 62.9 kB when it carried every message schema, before content-script-messages.ts)',
  );
} else {
  console.log('content script: not built (npx wxt build), size not measured');
}

const scheduleStart = performance.now();
const schedule = readScheduleFile(readFileSync(SCHEDULE_FILE), 'cbp-hts-pga-report-2026-02-21.csv');
const scheduleMs = performance.now() - scheduleStart;
console.log(`ACE schedule file: ${schedule.lines.size} lines read in ${ms(scheduleMs)} (in process, first run)`);
results.scheduleLoadMs = scheduleMs;

mkdirSync(CATALOGS, { recursive: true });
function catalogFile(rows: number): string {
  const path = join(CATALOGS, `catalog-${rows}.csv`);
  if (!existsSync(path)) {
    const start = performance.now();
    writeCatalogCsv(`${path}.partial`, rows, schedule);
    writeFileSync(path, readFileSync(`${path}.partial`));
    rmSync(`${path}.partial`);
    console.log(`generated ${path} in ${ms(performance.now() - start)}`);
  }
  return path;
}

// ---------------------------------------------------------------------------------------------
console.log(`\nIn process: read + validate against papaparse alone (median of ${RUNS}; target ≤ 1.2× at 100,000 rows)`);
console.log('rows      MB     papaparse   read only   read+validate   ratio    CPU ratio   findings');
const inProcess: unknown[] = [];
for (const rows of SIZES.filter((size) => size <= 100_000)) {
  const csv = readFileSync(catalogFile(rows), 'utf8');
  const parseTimes: Timing[] = [];
  const readTimes: Timing[] = [];
  const fullTimes: Timing[] = [];
  let findings = 0;
  // Alternate so all three see the same machine state (GC, JIT, other load); the first run warms up.
  for (let run = 0; run <= RUNS; run++) {
    // papaparse as a plain parse: the product's reader no longer asks it for skipEmptyLines 'greedy'
    // (a third of a parse), so neither does the yardstick.
    const parse = time(() => Papa.parse(csv, { delimitersToGuess: CSV_DELIMITERS }));
    const read = time(() => readCatalogText(csv, 'bench.csv'));
    const full = time(() => {
      findings = validateTable(readCatalogText(csv, 'bench.csv'), { schedule, checkDate: CHECK_DATE }).findings.length;
    });
    if (run === 0) continue;
    parseTimes.push(parse);
    readTimes.push(read);
    fullTimes.push(full);
  }
  const wall = (timings: Timing[]) => median(timings.map((t) => t.wallMs));
  const cpu = (timings: Timing[]) => median(timings.map((t) => t.cpuMs));
  const [parse, read, full] = [wall(parseTimes), wall(readTimes), wall(fullTimes)];
  const cpuRatio = cpu(fullTimes) / cpu(parseTimes);
  const line = { rows, megabytes: csv.length / 1e6, papaparseMs: parse, readMs: read, readValidateMs: full, ratio: full / parse, papaparseCpuMs: cpu(parseTimes), readValidateCpuMs: cpu(fullTimes), cpuRatio, findings };
  inProcess.push(line);
  console.log(
    `${String(rows).padEnd(9)} ${(csv.length / 1e6).toFixed(1).padEnd(6)} ${ms(parse).padEnd(11)} ${ms(read).padEnd(11)} ${ms(full).padEnd(15)} ${ratio(full / parse).padEnd(8)} ${ratio(cpuRatio).padEnd(11)} ${findings}` +
      (rows === 100_000 ? `   ${verdict(full / parse, 1.2)} (wall)` : ''),
  );
}
results.inProcess = inProcess;

// ---------------------------------------------------------------------------------------------
console.log(`\nClassification master: validate with a 10,000-part master against the same run without (median of ${RUNS}; target: no measurable extra time, ≤ 1.05×)`);
console.log('rows      master parts   without     with        ratio    master findings');
const masterFigures: unknown[] = [];
for (const rows of SIZES.filter((size) => size <= 100_000)) {
  const figure = benchMaster(readCatalogText(readFileSync(catalogFile(rows), 'utf8'), 'bench.csv'), schedule, CHECK_DATE, RUNS);
  masterFigures.push(figure);
  console.log(
    `${String(rows).padEnd(9)} ${String(figure.masterParts).padEnd(14)} ${ms(figure.withoutMs).padEnd(11)} ${ms(figure.withMs).padEnd(11)} ${ratio(figure.ratio).padEnd(8)} ${figure.masterFindings}   ${verdict(figure.ratio, 1.05)}`,
  );
}
results.master = masterFigures;
console.log(`process peak RSS so far: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// ---------------------------------------------------------------------------------------------
const WHOLE_PROCESS_TARGETS: Record<number, number> = { 10_000: 3, 100_000: 1.5 };
// A --schedule ACE report is kept read between runs (lib/cli/schedule-cache.ts): measured kept (a
// copy in the bench's own folder, written by a run before the pairs) and read anew at every run.
const KEPT_SCHEDULES = join(CATALOGS, 'kept-schedules');
const CLI_VARIANTS = [
  { name: 'ACE schedule file', env: [`CUSTOMS_PREFLIGHT_CACHE_DIR=${KEPT_SCHEDULES}`], args: ['--schedule', SCHEDULE_FILE] },
  { name: 'ACE file, not kept', env: ['CUSTOMS_PREFLIGHT_CACHE=off'], args: ['--schedule', SCHEDULE_FILE] },
  { name: 'built-in schedule', env: [] as string[], args: [] as string[] },
];

if (!canTimeProcesses()) {
  console.log('\nWhole process: skipped, /usr/bin/time is missing (apt-get install time).');
} else {
  console.log('\nWhole process: the binary checking a file into a JSON report, against node + papaparse parsing it');
  console.log('(median wall time of alternated pairs; ratio = median of the pairwise ratios; CPU ratio = the same for user + system CPU time; peak = resident memory)');
  console.log('rows      variant              papaparse (peak)     CLI (peak)             ratio    CPU ratio  µs/row   target');
  const wholeProcess: unknown[] = [];
  const out = join(CATALOGS, 'report.json');
  for (const rows of SIZES) {
    const file = catalogFile(rows);
    const pairs = rows >= 1_000_000 ? 1 : PROCESS_RUNS;
    for (const variant of CLI_VARIANTS) {
      const cliCommand = ['env', ...variant.env, 'node', BINARY, 'check', file, '--format', 'json', '--date', CHECK_DATE, ...variant.args];
      // The kept copy is written by a first run, not counted.
      if (variant.env.length > 0) spawnSync(cliCommand[0]!, cliCommand.slice(1), { stdio: 'ignore' });
      const baselines: ProcessRun[] = [];
      const clis: ProcessRun[] = [];
      for (let pair = 0; pair < pairs; pair++) {
        baselines.push(timeProcess(['node', PARSE_ONLY, file], join(CATALOGS, 'parse-only.txt')));
        clis.push(timeProcess(cliCommand, out));
      }
      const ratios = clis.map((cli, i) => cli.wallMs / baselines[i]!.wallMs);
      const cpuRatios = clis.map((cli, i) => cli.cpuMs / Math.max(baselines[i]!.cpuMs, 1));
      const base = median(baselines.map((r) => r.wallMs));
      const cli = median(clis.map((r) => r.wallMs));
      const line = {
        rows,
        variant: variant.name,
        pairs,
        papaparseMs: base,
        papaparsePeakMb: Math.max(...baselines.map((r) => r.peakMb)),
        cliMs: cli,
        cliCpuMs: median(clis.map((r) => r.cpuMs)),
        cliPeakMb: Math.max(...clis.map((r) => r.peakMb)),
        ratio: median(ratios),
        cpuRatio: median(cpuRatios),
        microsecondsPerRow: (cli * 1000) / rows,
        reportMegabytes: readFileSync(out).length / 1e6,
      };
      wholeProcess.push(line);
      const target = WHOLE_PROCESS_TARGETS[rows];
      const memoryNote = rows >= 1_000_000 ? (line.cliPeakMb < 600 ? 'peak < 600 MB met' : 'peak < 600 MB NOT met') : '';
      console.log(
        `${String(rows).padEnd(9)} ${variant.name.padEnd(20)} ${`${ms(base)} (${line.papaparsePeakMb.toFixed(0)} MB)`.padEnd(20)} ${`${ms(cli)} (${line.cliPeakMb.toFixed(0)} MB)`.padEnd(22)} ${ratio(line.ratio).padEnd(8)} ${ratio(line.cpuRatio).padEnd(10)} ${line.microsecondsPerRow.toFixed(1).padEnd(8)} ${target ? verdict(line.ratio, target) : memoryNote}`,
      );
    }
  }
  results.wholeProcess = wholeProcess;
  printGrowth(wholeProcess as { rows: number; variant: string; microsecondsPerRow: number }[]);
  rmSync(out, { force: true });
}

/** At a million rows the cost should grow linearly from 100,000: the same µs per row. */
function printGrowth(lines: { rows: number; variant: string; microsecondsPerRow: number }[]): void {
  for (const variant of CLI_VARIANTS) {
    const at = (rows: number) => lines.find((l) => l.rows === rows && l.variant === variant.name)?.microsecondsPerRow;
    const [hundredThousand, million] = [at(100_000), at(1_000_000)];
    if (hundredThousand && million) {
      console.log(`growth 100,000 → 1,000,000 rows (${variant.name}): µs per row ${hundredThousand.toFixed(1)} → ${million.toFixed(1)} (${ratio(million / hundredThousand)})`);
    }
  }
}

const resultsFile = join(ROOT, 'bench-results.json');
let previous: Record<string, unknown> = {};
try {
  previous = JSON.parse(readFileSync(resultsFile, 'utf8')) as Record<string, unknown>;
} catch {
  // First run: nothing to keep.
}
writeFileSync(resultsFile, `${JSON.stringify({ ...previous, catalog: results }, null, 2)}\n`);
console.log(`\nwrote ${resultsFile}`);

// The service worker's figures (rows/s in real Chromium, its longest block) need the built
// extension; worker-bench.ts adds them to bench-results.json. BENCH_WORKER=0 leaves them out.
if (process.env.BENCH_WORKER === '0') {
  console.log('\nService worker: left out (BENCH_WORKER=0)');
} else if (!existsSync(join(ROOT, '.output/chrome-mv3/manifest.json'))) {
  console.log('\nService worker: not measured, the extension is not built (npx wxt build, or npm run bench:worker)');
} else {
  console.log('');
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench/worker-bench.ts')], { stdio: 'inherit', cwd: ROOT });
}
