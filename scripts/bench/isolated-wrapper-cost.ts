// `npx tsx scripts/bench/isolated-wrapper-cost.ts [rows]`: what touching each cell of a long HTML
// table costs a content script. The content script runs in an isolated world, where every DOM
// node it touches gets a JS wrapper of its own; this builds a plain table (13 cells a row), then,
// in an isolated world, reads it five ways — the row's text only, each cell through `row.cells`,
// each cell by walking the row's children, every cell's text in one XPath string per row, the row's
// innerText split at its tabs — and prints the time and the JS heap still in use after
// a full garbage collection. Found (issue 10, htmlspeed): reading 650,000 cells one by one kept
// ~6.5 MB of wrappers alive for as long as the table lives, enough to push the page's small V8
// old generation over its limit and start a major GC that marks the whole 1.7 GB DOM heap
// (~7 s of incremental marking on the 50,000-row bench page). Prints; asserts nothing.
// Found next (issue 10, htmlread): the row's innerText keeps no cell wrappers (50,000 rows: 1.09 MB
// kept against row.cells' 7.5 MB, and 8.0 and 5.5 s against 11.8 and 7.9 s, load 4–8 on 2 cores),
// but costs more per row where no major GC comes (5,000 rows: 939 ms against 262 ms). Read so in the
// product (branch htmlread-innertext), the click was 4–9 % slower: both major GCs of the click still
// came (scripts/bench/gc-in-trace.ts), the first from the page's own heap, the second with the rows' text.
import puppeteer from 'puppeteer';
import { CHROMIUM, CHROMIUM_ARGS } from '../../test/support/browser/chromium-with-extension';

const ROWS = Number(process.argv[2] ?? 50_000);
const CELLS = 13;
const WAYS = ['row text only', 'row.cells[i]', 'child walk', 'one XPath', 'row innerText'] as const;
/** Every cell's text in one string per row, without a wrapper per cell: the cells' text joined by U+001F. */
const ROW_XPATH = `concat(${Array.from({ length: CELLS }, (_, k) => `string(*[self::td or self::th][${k + 1}])`).join(", '\u001f', ")})`;

async function measure(way: (typeof WAYS)[number]): Promise<string> {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<table id="t"><tbody></tbody></table>');
    await page.evaluate(
      (rows: number, cells: number) => {
        const body = document.querySelector('tbody')!;
        const all = document.createDocumentFragment();
        for (let r = 0; r < rows; r++) {
          const tr = document.createElement('tr');
          for (let c = 0; c < cells; c++) tr.append(Object.assign(document.createElement('td'), { textContent: `v${r}-${c}` }));
          all.append(tr);
        }
        body.append(all);
        // Laid out, as a page's table is when the user clicks (innerText reads the layout).
        void document.body.offsetHeight;
      },
      ROWS,
      CELLS,
    );
    const cdp = await page.createCDPSession();
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'content script' });
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await heapAfterGc();
    // Rows are kept, as the reader keeps them for the marks; cells are not.
    const reading = `(async () => {
      const rows = document.getElementById('t').rows; const cellTexts = document.createExpression(${JSON.stringify(ROW_XPATH)}); const kept = []; let characters = 0; const started = performance.now();
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]; kept.push(row);
        if (${JSON.stringify(way)} === 'row text only') characters += row.textContent.length;
        else if (${JSON.stringify(way)} === 'row.cells[i]') { const cells = row.cells; for (let c = 0; c < cells.length; c++) characters += cells[c].textContent.length; }
        else if (${JSON.stringify(way)} === 'row innerText') characters += row.innerText.split('\\t').join('').length;
        else if (${JSON.stringify(way)} === 'one XPath') characters += cellTexts.evaluate(row, XPathResult.STRING_TYPE).stringValue.length - ${CELLS - 1};
        else for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) characters += cell.textContent.length;
        if (i % 500 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      globalThis.keptRows = kept;
      return Math.round(performance.now() - started);
    })()`;
    const result = await cdp.send('Runtime.evaluate', { contextId: executionContextId, awaitPromise: true, returnByValue: true, expression: reading, timeout: 600_000 });
    const after = await heapAfterGc();
    return `${way.padEnd(14)} ${String(result.result.value).padStart(7)} ms, ${((after - before) / 1e6).toFixed(2)} MB kept after a full GC`;
  } finally {
    await browser.close();
  }
}

for (const way of WAYS) console.log(await measure(way));
