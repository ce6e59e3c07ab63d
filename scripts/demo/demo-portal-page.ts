import type { RawTable } from '../../lib/core/read/raw-table';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The demo's stand-in for a customs portal: an entry-summary page whose line-item table shows
 * the bundled sample catalog, with the page furniture a real portal has around it (a header
 * table that is not a catalog, navigation, a footer). Cell text is escaped: it is data.
 */
export function entryLinesPage(table: RawTable): string {
  const head = table.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = table.rows
    .map((row, index) => `<tr><td>${index + 1}</td>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Entry Summary 7501 — Line Items (demo portal)</title>
<style>
  body { font: 14px/1.4 Arial, sans-serif; margin: 0; color: #1b1b1b; }
  header { background: #112e51; color: #fff; padding: 10px 20px; }
  main { padding: 16px 20px; }
  table { border-collapse: collapse; margin: 12px 0; }
  th, td { border: 1px solid #aeb0b5; padding: 4px 8px; text-align: left; white-space: nowrap; }
  th { background: #e4e2e0; }
  .summary td:first-child { font-weight: bold; }
</style>
</head>
<body>
<header><strong>Trade Portal (demo)</strong> · Entry Summary · Line Items</header>
<main>
<h1>Entry 123-4567890-1 · Line items</h1>
<table class="summary" aria-label="Entry header">
  <tr><td>Importer of record</td><td>Acme Imports LLC</td></tr>
  <tr><td>Port of entry</td><td>2704 Los Angeles</td></tr>
  <tr><td>Entry type</td><td>01 Consumption</td></tr>
</table>
<h2>Invoice lines</h2>
<table id="entry-lines" aria-label="Invoice lines">
<thead><tr><th scope="col">Line</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</main>
</body>
</html>`;
}
