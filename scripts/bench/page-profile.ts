// `npm run profile:pages -- <case name>`: where a toolbar click's time goes on one of the
// benchmark's pages. Records Chromium CPU profiles (CDP Profiler) of the page's renderer — the
// page's own scripts and the content script, which runs on the same main thread — and of the
// extension's service worker, from the click to the verdict; prints the time per script and the
// functions with the most self and total time, and writes the .cpuprofile files (open them in
// Chromium's DevTools, Performance panel) to the folder in CUSTOMS_PREFLIGHT_PROFILE_DIR or /tmp.
// The extension is built unminified for this (`wxt build --mode profile`), so names are readable.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession } from 'puppeteer';
import buildFixtureBundles from '../../test/e2e/fixture-bundles';
import { servePages } from '../../test/e2e/harness';
import { launchWithExtension } from '../../test/support/browser/chromium-with-extension';
import { clickToVerdict, openCase, selectCases } from './page-cases';

/** Where `wxt build --mode profile` puts the unminified extension (WXT adds the mode to the folder's name). */
const PROFILE_BUILD_DIR = fileURLToPath(new URL('../../.output/chrome-mv3-profile/', import.meta.url));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which script a frame belongs to, in the words of this project. */
function scriptOf(url: string, functionName: string): string {
  if (url.includes('/content-scripts/')) return 'content script';
  if (url.startsWith('chrome-extension://')) return 'extension (worker, popup)';
  if (url.startsWith('http')) return 'page scripts';
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)') return functionName;
  return 'browser (layout, style, DOM APIs)';
}

async function startProfile(session: CDPSession): Promise<void> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 250 });
  await session.send('Profiler.start');
}

async function stopProfile(session: CDPSession): Promise<CpuProfile> {
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  return profile;
}

function describe(profile: CpuProfile, title: string, top = 25): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const keyOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
  };
  // A native frame (layout, a DOM API) is charged to the script that called it.
  const scriptTime = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const totalByFunction = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    selfByFunction.set(keyOf(node), (selfByFunction.get(keyOf(node)) ?? 0) + ms);
    let charged = scriptOf(node.callFrame.url, node.callFrame.functionName);
    const seen = new Set<string>();
    for (let at: ProfileNode | undefined = node; at; at = byId.get(parent.get(at.id) ?? -1)) {
      const key = keyOf(at);
      if (charged.startsWith('browser') && at.callFrame.url) charged = `${scriptOf(at.callFrame.url, '')} (native work it called)`;
      if (!seen.has(key)) totalByFunction.set(key, (totalByFunction.get(key) ?? 0) + ms);
      seen.add(key);
    }
    scriptTime.set(charged, (scriptTime.get(charged) ?? 0) + ms);
  }
  const print = (heading: string, entries: Map<string, number>, count: number) => {
    console.log(`\n${heading}`);
    for (const [key, ms] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${ms.toFixed(0).padStart(8)} ms  ${key}`);
  };
  console.log(`\n=== ${title}`);
  print('time by script', scriptTime, 20);
  print('self time by function', selfByFunction, top);
  print('total time by function', totalByFunction, top);
}

async function main(): Promise<void> {
  const [bench] = selectCases(process.argv.slice(2));
  const folder = process.env.CUSTOMS_PREFLIGHT_PROFILE_DIR ?? '/tmp';
  await buildFixtureBundles();
  const server = await servePages();
  const session = await launchWithExtension(PROFILE_BUILD_DIR);
  try {
    const { page } = await openCase(session, server.origin, bench!);
    const pageSession = await page.createCDPSession();
    await startProfile(pageSession);
    // Chrome stops an idle extension worker (a large page may take longer to load than it waits):
    // it is profiled from when it runs, at once or when the click wakes it.
    const workerSession = session.browser
      .waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(session.extension.id), { timeout: 60_000 })
      .then(async (target) => {
        const cdp = await target.createCDPSession();
        await startProfile(cdp);
        return cdp;
      });
    const { verdictMs, verdict } = await clickToVerdict(session, page);
    const pageProfile = await stopProfile(pageSession);
    const workerProfile = await stopProfile(await workerSession);
    console.log(`${bench!.name}: ${verdict}, ${verdictMs} ms from the click to the verdict`);
    describe(pageProfile, 'page renderer (page scripts + content script)');
    describe(workerProfile, 'service worker');
    const stem = join(folder, `customs-preflight-${bench!.file.replace(/[^a-z0-9]+/gi, '-')}`);
    await writeFile(`${stem}-page.cpuprofile`, JSON.stringify(pageProfile));
    await writeFile(`${stem}-worker.cpuprofile`, JSON.stringify(workerProfile));
    console.log(`\nProfiles written to ${stem}-{page,worker}.cpuprofile`);
  } finally {
    await session.browser.close();
    await server.close();
  }
}

await main();
