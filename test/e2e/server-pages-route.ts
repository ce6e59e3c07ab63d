import type { Route } from '../support/browser/local-server';
// Sets globalThis.customsPreflightCatalogLines: the catalog the other fixture pages draw.
import '../pages/catalog-lines.js';

/**
 * A portal whose table the server pages, as classic portals do (ASP.NET, JSF, Rails, PHP):
 * `/server-pages/<n>.html` is page n of the 300-line catalog of the other fixtures, 25 lines a
 * page, each a document of its own. The pager's controls are links to the other pages' addresses:
 * following one loads a new document. Nothing on these pages runs a script, except under
 * `/server-pages/scripted/`, where a script of the page draws the table from data in the page,
 * and under `/server-pages/onclick/`, whose pager controls are buttons whose script loads the
 * page (`onclick="location.href='5.html'"`), as hand-written portals draw them. Under
 * `/server-pages/unframed/` every page refuses to be shown in a frame, even by its own site
 * (`X-Frame-Options: DENY` and `frame-ancestors 'none'`), as many government portals answer, and
 * lets its page fetch nothing (`connect-src 'none'`); under `/server-pages/noframes/` the pages may
 * show no frame at all (`frame-src 'none'`); under `/server-pages/menu/` the pager is a jump menu, a
 * select of "1 of 12"… whose script goes to its option's address (`location.href = this.value`),
 * and under `/server-pages/menu-built/` to an address it builds from the option's page number.
 * Seeded problems: those of grid-filter-rows (the same 300 lines).
 */
const LINES = 300;
const PER_PAGE = 25;
const PAGES = Math.ceil(LINES / PER_PAGE);

interface CatalogLines {
  headers: string[];
  rows: string[][];
}
const catalog = (globalThis as unknown as { customsPreflightCatalogLines: (options: { rows: number; seedEvery: number }) => CatalogLines }).customsPreflightCatalogLines({ rows: LINES, seedEvery: 100 });

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A jump menu: "Page [5 of 12 ▾]", a select whose script goes to the address its option holds,
 * or (`built`) to an address it builds from the option's page number, as classic portals write it.
 */
function jumpMenu(page: number, built: boolean): string {
  const value = (n: number) => (built ? String(n) : `${n}.html`);
  const options = Array.from({ length: PAGES }, (_, i) => `<option value="${value(i + 1)}"${i + 1 === page ? ' selected' : ''}>${i + 1} of ${PAGES}</option>`);
  const script = built ? "window.location = './' + this.options[this.selectedIndex].value + '.html'" : 'location.href = this.value';
  return `<div class="pager"><label>Page <select onchange="${script}">${options.join('')}</select></label></div>`;
}

function pager(page: number, byScript: boolean): string {
  // Under /server-pages/onclick/ the controls are buttons whose script loads the page: onclick="location.href='5.html'".
  const link = (to: number, text: string, rel = ''): string =>
    byScript ? `<button type="button" onclick="location.href='${to}.html'">${text}</button>` : `<a href="${to}.html"${rel ? ` rel="${rel}"` : ''}>${text}</a>`;
  const numbers = Array.from({ length: PAGES }, (_, i) => (i + 1 === page ? `<span class="current" aria-current="page">${page}</span>` : link(i + 1, String(i + 1))));
  const first = page > 1 ? `${link(1, '« First')} ${link(page - 1, '‹ Previous', 'prev')}` : '<span class="disabled">« First</span> <span class="disabled">‹ Previous</span>';
  const last = page < PAGES ? `${link(page + 1, 'Next ›', 'next')} ${link(PAGES, 'Last »')}` : '<span class="disabled">Next ›</span> <span class="disabled">Last »</span>';
  const from = (page - 1) * PER_PAGE + 1;
  return `<div class="pager"><span class="status">Showing ${from} to ${Math.min(LINES, page * PER_PAGE)} of ${LINES} entries</span> ${first} ${numbers.join(' ')} ${last}</div>`;
}

function tableHtml(rows: readonly string[][]): string {
  return `<table id="lines">
<thead><tr>${catalog.headers.map((header) => `<th>${escape(header)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
}

/** The same table drawn by the page's script from its data: there only where scripts run. */
function scriptedTableHtml(rows: readonly string[][]): string {
  const data = JSON.stringify({ headers: catalog.headers, rows }).replace(/</g, '\\u003c');
  return `<div id="lines-host"></div>
<script>
  const { headers, rows } = ${data};
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const header of headers) head.appendChild(document.createElement('th')).textContent = header;
  const body = table.createTBody();
  for (const cells of rows) { const row = body.insertRow(); for (const cell of cells) row.insertCell().textContent = cell; }
  document.getElementById('lines-host').appendChild(table);
</script>`;
}

function pageHtml(page: number, scripted: boolean, byScript: boolean, menu: 'listed' | 'built' | null = null): string {
  const rows = catalog.rows.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Import lines · page ${page} of ${PAGES}</title>
<style>
  body { font: 13px Arial, sans-serif; margin: 16px; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #bbb; padding: 3px 6px; white-space: nowrap; }
  th { background: #e8eef6; }
  .pager { margin: 10px 0; } .pager a, .pager span { margin-right: 6px; } .disabled { color: #aaa; } .current { font-weight: bold; }
</style></head>
<body>
<h1>Import lines</h1>
<p>Entry 4711-0815 · lines as filed</p>
${scripted ? scriptedTableHtml(rows) : tableHtml(rows)}
${menu ? jumpMenu(page, menu === 'built') : pager(page, byScript)}
</body></html>`;
}

/**
 * The headers of a site that is never shown in a frame, not even by itself, and whose pages may
 * fetch nothing (which binds the page's own scripts, not the extension's: measured in Chromium).
 */
export const REFUSE_FRAMES = { 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'; connect-src 'none'" };

/** The header of a page that may show no frame at all (the extension's reader frame included). */
const NO_FRAMES = { 'content-security-policy': "frame-src 'none'" };

export function serverPagesRoute(): Route {
  return async (path) => {
    const found = /^\/server-pages\/(scripted\/|onclick\/|unframed\/|noframes\/|menu\/|menu-built\/)?(\d+)\.html$/.exec(path);
    const page = found ? Number(found[2]) : 0;
    if (page < 1 || page > PAGES) return null;
    const variant = found![1];
    const headers = variant === 'unframed/' ? REFUSE_FRAMES : variant === 'noframes/' ? NO_FRAMES : undefined;
    const menu = variant === 'menu/' ? 'listed' : variant === 'menu-built/' ? 'built' : null;
    return { body: pageHtml(page, variant === 'scripted/', variant === 'onclick/', menu), type: 'text/html; charset=utf-8', headers };
  };
}
