// `npx tsx scripts/bench/discovery-parity.ts <other checkout> [page substring, or page?query …]`: whether table
// discovery finds the same tables as another checkout's (main's, in a worktree) on every fixture
// page in test/pages. Both discoveries are bundled and run in one Chromium page, one after the
// other, this checkout's at once (discoverTables) and in slices (discoverTablesSliced), the other's
// at once; each table found is described by where its elements are in the page (element paths
// through shadow roots and frames) and what was found with it (header table, side parts, header
// line, cards and labels). Prints the pages that differ and exits 1 when any does.
import { build } from 'esbuild';
import { readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Page } from 'puppeteer';
import buildFixtureBundles from '../../test/e2e/fixture-bundles';
import { PAGES_DIR } from '../../test/e2e/fixture-pages';
import { servePages } from '../../test/e2e/harness';
import { CHROMIUM, CHROMIUM_ARGS } from '../../test/support/browser/chromium-with-extension';

const HERE = fileURLToPath(new URL('../../', import.meta.url));
/** Grid libraries render after load, some in steps: discovery waits for them as a user's click would. */
const SETTLE_MS = 1_500;

/** The entry bundled for a checkout: its discovery, and a description of what it found, as window[name]. */
function entrySource(checkout: string, name: string): string {
  const discovery = resolve(checkout, 'lib/page/discovery/discover-tables.ts');
  const slices = resolve(checkout, 'lib/page/time-slices.ts');
  return `
import * as discovery from ${JSON.stringify(discovery)};
import { TimeSlicer } from ${JSON.stringify(slices)};

function pathOf(element) {
  if (!element) return null;
  const parts = [];
  for (let node = element; node; ) {
    const parent = node.parentNode;
    if (!parent) { parts.unshift('(detached)'); break; }
    parts.unshift(node.localName + '[' + Array.prototype.indexOf.call(parent.children, node) + ']');
    if (parent.nodeType === 11) { parts.unshift('#shadow'); node = parent.host; continue; }
    if (parent.nodeType === 9) {
      const frame = parent.defaultView && parent.defaultView.frameElement;
      if (frame) { parts.unshift('#frame'); node = frame; continue; }
      break;
    }
    node = parent;
  }
  return parts.join('/');
}

function describe(found) {
  return found.map((table) => ({
    structure: table.structure,
    inFrame: table.inFrame,
    element: pathOf(table.element),
    headerTable: pathOf(table.headerTable),
    sidesBefore: (table.sidesBefore || []).map(pathOf),
    sidesAfter: (table.sidesAfter || []).map(pathOf),
    headerGrids: (table.headerGrids || []).map(pathOf),
    sideHeaderTables: [...(table.sideHeaderTables || new Map()).entries()].map(([side, header]) => [pathOf(side), pathOf(header)]),
    parts: table.parts ? { rowBox: pathOf(table.parts.rowBox), headerRow: pathOf(table.parts.headerRow) } : null,
    cards: table.cards ? { container: pathOf(table.cards.container), cards: table.cards.cards.map(pathOf), keys: table.cards.keys, headers: table.cards.headers } : null,
  }));
}

window[${JSON.stringify(name)}] = {
  atOnce: () => describe(discovery.discoverTables(document)),
  sliced: discovery.discoverTablesSliced ? async () => describe(await discovery.discoverTablesSliced(document, new TimeSlicer(undefined, 1))) : null,
};
`;
}

async function bundle(checkout: string, name: string): Promise<string> {
  const entry = `/tmp/discovery-parity-${name}.ts`;
  await writeFile(entry, entrySource(checkout, name));
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, logLevel: 'error', absWorkingDir: checkout });
  return result.outputFiles[0]!.text;
}

type Described = unknown[];

async function discoverOn(page: Page, name: string, how: 'atOnce' | 'sliced'): Promise<Described> {
  return page.evaluate(
    async (global: string, mode: string) => {
      const api = (window as unknown as Record<string, Record<string, (() => Promise<unknown[]>) | null>>)[global]!;
      return (await api[mode]!()) as unknown[];
    },
    name,
    how,
  );
}

async function main(): Promise<void> {
  const [other, ...filters] = process.argv.slice(2);
  if (!other) throw new Error('Usage: discovery-parity.ts <other checkout> [page substring …]');
  const [ours, theirs] = await Promise.all([bundle(HERE, 'ours'), bundle(resolve(other), 'theirs')]);
  await buildFixtureBundles();
  const server = await servePages();
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: CHROMIUM_ARGS, defaultViewport: { width: 1280, height: 800 } });
  // A page given with its query ("cards-dl.html?rows=5000") is opened as given.
  const given = filters.filter((filter) => filter.includes('?'));
  const matching = (await readdir(PAGES_DIR)).filter((file) => file.endsWith('.html') && (filters.length === 0 || filters.some((filter) => file.includes(filter))));
  const pages = given.length > 0 ? given : matching;
  let differing = 0;
  try {
    const page = await browser.newPage();
    // Pages that forbid inline scripts (customs-portal.html) still run the bundles.
    await page.setBypassCSP(true);
    for (const file of pages) {
      await page.goto(`${server.origin}${file}`, { waitUntil: 'load', timeout: 30_000 }).catch(() => {});
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      await page.addScriptTag({ content: theirs });
      await page.addScriptTag({ content: ours });
      const compared = await compare(page, file).catch((error: unknown) => `${file}: FAILED ${String(error)}`);
      console.log(compared);
      if (!compared.endsWith(' tables)') && !compared.includes('not compared')) differing++;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`${pages.length} pages, ${differing} differing`);
  process.exitCode = differing > 0 ? 1 : 0;
}

/** One page's comparison, as a line to print. */
async function compare(page: Page, file: string): Promise<string> {
  const before = JSON.stringify(await discoverOn(page, 'theirs', 'atOnce'));
  const atOnce = JSON.stringify(await discoverOn(page, 'ours', 'atOnce'));
  const sliced = JSON.stringify(await discoverOn(page, 'ours', 'sliced'));
  const after = JSON.stringify(await discoverOn(page, 'theirs', 'atOnce'));
  const tables = (JSON.parse(before) as unknown[]).length;
  if (before !== after) return `${file}: the page changed while it was compared (${tables} tables); not compared`;
  if (atOnce !== before || sliced !== before) return `${file}: DIFFERENT\n  theirs: ${before}\n  at once: ${atOnce}\n  sliced: ${sliced}`;
  return `${file}: same (${tables} tables)`;
}

await main();
