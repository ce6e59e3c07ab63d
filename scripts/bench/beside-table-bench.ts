// `npx tsx scripts/bench/beside-table-bench.ts [rounds]`: what looking for a table's pager and
// "Load more" costs the page (lib/page/paging: findPager, the pager's status, findLoadMore) on
// synthetic pages of 40,000 elements, in real Chromium, without the extension: the finders are
// bundled from this tree and, when CUSTOMS_PREFLIGHT_BENCH_BASELINE_SRC names another checkout
// (e.g. /work/main), from that one too, and run one after the other in the same page, so the
// figures are ratios measured under the same load. Printed per case, median of the rounds:
// the time from the call to the answer, and the longest stretch the page's main thread was held
// (a MessageChannel heartbeat in the page: the longest gap between its beats is the longest
// task; on a loaded machine a 20 ms slice lasts longer on the clock while the thread waits for a
// core: the load average is printed), and, from a Chromium trace of one more round, the longest
// task by the main thread's CPU time, which the load does not stretch. Prints; asserts nothing.
import { build } from 'esbuild';
import { loadavg } from 'node:os';
import puppeteer, { type Page } from 'puppeteer';
import { CHROMIUM, CHROMIUM_ARGS } from '../../test/support/browser/chromium-with-extension';
import type { TraceEvent } from './main-thread-tasks';

const ROUNDS = Number(process.argv[2] ?? 9);
const HERE = new URL('../../', import.meta.url).pathname;

/** The finders of one checkout, as a script that sets `window[name]`. */
async function finders(root: string, name: string): Promise<string> {
  const entry = [
    `import { findPager } from '${root}/lib/page/paging/table-pager';`,
    `import { findLoadMore } from '${root}/lib/page/paging/load-more';`,
    `window.${name} = { findPager, findLoadMore };`,
  ].join('\n');
  const result = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'iife', write: false, logLevel: 'warning' });
  return result.outputFiles[0]!.text;
}

interface PageShape {
  name: string;
  /** Rows of the table looked at. */
  rows: number;
  /** Elements beside it, spread over the boxes around it. */
  beside: number;
  /** Boxes between the table and <body>. */
  depth: number;
  /** Where a pager with a status line sits, boxes up from the table (in an open shadow root), if any. */
  pagerLevel?: number;
  /** A second data table at the top level (the search stops below it). */
  otherTable?: boolean;
}

const SHAPES: PageShape[] = [
  { name: '30-row table 12 boxes deep, 40,000 elements beside, no pager', rows: 30, beside: 40_000, depth: 12 },
  { name: '50,000-row table 12 boxes deep, 40,000 elements beside, no pager', rows: 50_000, beside: 40_000, depth: 12 },
  { name: '30-row table, pager in a shadow root 6 boxes up, 40,000 elements beside', rows: 30, beside: 40_000, depth: 12, pagerLevel: 6 },
  { name: '30-row table, another data table at the top, 40,000 elements beside', rows: 30, beside: 40_000, depth: 12, otherTable: true },
];

/** Build the page in the browser: boxes nested `depth` deep around the table, each with its share of other elements (cards of text, links and buttons). */
async function buildPage(page: Page, shape: PageShape): Promise<void> {
  await page.evaluate((shape: PageShape) => {
    document.body.replaceChildren();
    let box: HTMLElement = document.body;
    const perLevel = Math.floor(shape.beside / shape.depth);
    for (let level = shape.depth; level >= 1; level--) {
      const inner = document.createElement('div');
      inner.className = `level-${level}`;
      const filler = document.createElement('section');
      // Cards of 5 elements: a div with a heading, a paragraph, a link and a button.
      for (let made = 0; made < perLevel; made += 5) {
        const card = document.createElement('div');
        card.innerHTML = '<h4>Entry</h4><p>Lorem ipsum 12 of 40</p><a href="#x">Open</a><button type="button">Edit</button>';
        filler.append(card);
      }
      if (level === shape.depth && shape.otherTable) {
        const other = document.createElement('table');
        other.innerHTML = '<tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr>';
        filler.append(other);
      }
      if (level === shape.pagerLevel) {
        const host = document.createElement('div');
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.innerHTML = '<span>Page 1 of 20</span><button type="button">Previous</button><button type="button">Next</button>';
        filler.append(host);
      }
      box.append(filler, inner);
      box = inner;
    }
    const table = document.createElement('table');
    table.id = 'catalog';
    const head = table.createTHead().insertRow();
    for (const name of ['Part', 'HTS', 'Origin', 'Value']) head.insertCell().outerHTML = `<th>${name}</th>`;
    const body = table.createTBody();
    const row = document.createElement('tr');
    row.innerHTML = '<td>P-1</td><td>8471.30.0100</td><td>CN</td><td>12.50</td>';
    for (let made = 0; made < shape.rows; made++) body.append(row.cloneNode(true));
    box.append(table);
  }, shape);
}

interface Run {
  totalMs: number;
  /** One more look at the found pager's status, as paging does after every press (synchronous). */
  statusMs: number;
  longestTaskMs: number;
  pager: boolean;
  loadMore: boolean;
}

/** Run one checkout's finders on the table, with the heartbeat on. */
async function run(page: Page, name: string): Promise<Run> {
  return page.evaluate(async (name: string) => {
    type Finders = {
      findPager(table: Element): { status(): unknown } | null | Promise<{ status(): unknown } | null>;
      findLoadMore(table: Element): unknown;
    };
    const { findPager, findLoadMore } = (window as unknown as Record<string, Finders>)[name]!;
    const table = document.getElementById('catalog')!;
    const channel = new MessageChannel();
    let beating = true;
    let last = performance.now();
    let longest = 0;
    channel.port1.onmessage = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (beating) channel.port2.postMessage(null);
    };
    // The first beat is queued before the search starts: the gap it sees is the search's first stretch.
    channel.port2.postMessage(null);
    const started = performance.now();
    const pager = await findPager(table);
    if (pager) pager.status();
    const loadMore = await findLoadMore(table);
    const totalMs = performance.now() - started;
    const statusStarted = performance.now();
    pager?.status();
    const statusMs = performance.now() - statusStarted;
    await new Promise((resolve) => setTimeout(resolve, 20));
    beating = false;
    channel.port1.close();
    return { totalMs, statusMs, longestTaskMs: longest, pager: pager !== null, loadMore: loadMore !== null };
  }, name);
}

/** The longest task by thread (CPU) time on the renderer's main thread that ran the longest tasks. */
function longestTaskCpuMs(events: TraceEvent[]): number {
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && mainThreads.has(`${e.pid}:${e.tid}`));
  return Math.max(0, ...tasks.map((task) => task.tdur ?? 0)) / 1000;
}

/** One more run, traced: the longest task by CPU time. */
async function tracedRun(page: Page, name: string): Promise<number> {
  await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await run(page, name);
  const buffer = await page.tracing.stop();
  return longestTaskCpuMs((JSON.parse(new TextDecoder().decode(buffer!)) as { traceEvents: TraceEvent[] }).traceEvents);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const baselineRoot = process.env.CUSTOMS_PREFLIGHT_BENCH_BASELINE_SRC;
  const builds: [string, string][] = [...(baselineRoot ? ([['baseline', await finders(baselineRoot, 'baseline')]] as [string, string][]) : []), ['this tree', await finders(HERE, 'current')]];
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    for (const [, script] of builds) await page.addScriptTag({ content: script });
    console.log(`${ROUNDS} rounds, median; the builds alternate within each round; load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
    console.log('case | build | call→answer ms | longest main-thread stretch ms | longest task CPU ms (traced round) | a status look ms | pager found | load more found');
    for (const shape of SHAPES) {
      await buildPage(page, shape);
      const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      const runs = new Map<string, Run[]>(builds.map(([label]) => [label, []]));
      for (let round = 0; round < ROUNDS; round++) {
        for (const [label] of builds) runs.get(label)!.push(await run(page, label === 'baseline' ? 'baseline' : 'current'));
      }
      for (const [label] of builds) {
        const all = runs.get(label)!;
        const total = median(all.map((r) => r.totalMs));
        const longest = median(all.map((r) => r.longestTaskMs));
        const status = median(all.map((r) => r.statusMs));
        const cpu = await tracedRun(page, label === 'baseline' ? 'baseline' : 'current');
        console.log(`${shape.name} (${elements.toLocaleString('en-US')} elements) | ${label} | ${total.toFixed(1)} | ${longest.toFixed(1)} | ${cpu.toFixed(1)} | ${status.toFixed(1)} | ${all[0]!.pager} | ${all[0]!.loadMore}`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
