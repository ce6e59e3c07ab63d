import type { Route, RouteAnswer, RouteRequest } from '../support/browser/local-server';
// Sets globalThis.customsPreflightCatalogLines: the catalog the other fixture pages draw.
import '../pages/catalog-lines.js';
import { REFUSE_FRAMES } from './server-pages-route';

/**
 * A portal whose table the server pages by posting its form back, as ASP.NET Web Forms portals
 * do (JSF and Struts ones alike): every page is the one address, `/postback/<pager>/lines.aspx`,
 * and a pager control posts the page's form, with its state (__VIEWSTATE: the page shown) and
 * which control was pressed. A GET is page 1. The 300-line catalog of the other fixtures, 25
 * lines a page; seeded problems: those of grid-filter-rows.
 *
 * `<pager>` is how the pager is drawn:
 * - `links`: "Page 3 of 12" and LinkButtons outside the grid, `javascript:__doPostBack(…)` links;
 *   a disabled one is an `<a class="aspNetDisabled">` with no address, as Web Forms draws it;
 * - `buttons`: the same with Buttons, `<input type="submit">`, which submit the form themselves;
 * - `row`: GridView's own pager, a last row of the grid's table holding ten page numbers and a
 *   "..." to the next ten (`Page$N` postbacks; the current page a plain `<span>`), and no status
 *   line, no Next, no Previous;
 * - `script`: links whose own script (`onclick`) writes a command into a hidden field and submits
 *   the form, as a hand-written portal does: a request no reader can know without running it;
 * - `radgrid`: Telerik's RadGrid: its pager a row of the table's foot (drawn before its body), in
 *   it a table of its own: First/Previous/Next/Last as submit buttons named by their title
 *   ("Next Page", value " "), ten page numbers as `__doPostBack` links, the page shown marked
 *   `rgCurrentPage`, "..." to the next ten, and "300 items in 12 pages";
 * - `jsf`: a JSF page (Mojarra): an h:dataTable with thead and tbody, "Page 3 of 12" and command
 *   links whose `mojarra.jsfcljs(…)` adds the link's id to the form's fields and submits it; the
 *   view state in `javax.faces.ViewState`.
 * - `select`: "Page [3 ▾] of 12", a DropDownList of the page numbers and nothing else, that posts
 *   the form back when changed (AutoPostBack: `onchange="javascript:setTimeout('__doPostBack(\'…\',\'\')', 0)"`),
 *   the page asked for being the select's own field;
 * - `unframed`: the `links` pager, on a portal whose every page refuses to be shown in a frame,
 *   even by its own site (`X-Frame-Options: DENY`, `frame-ancestors 'none'`), as many government
 *   portals answer.
 * The form also holds the entry being filed (a select): a post without it is refused, as a
 * portal's would be, so a page read with a post that left the form's fields out reads nothing.
 */
const LINES = 300;
const PER_PAGE = 25;
const PAGES = Math.ceil(LINES / PER_PAGE);
const GRID = 'ctl00$MainContent$gvLines';
const ENTRY_FIELD = 'ctl00$MainContent$ddlEntry';
const PAGERS = ['links', 'buttons', 'row', 'script', 'jsf', 'radgrid', 'select'] as const;
/** The naming container of Telerik RadGrid's pager controls. */
const RAD_PAGER = 'ctl00$RadGrid1$ctl00$ctl03$ctl01';
/** The JSF page's form (its id prefixes its fields' names, as JSF's naming does). */
const JSF_FORM = 'lines';
/** The hidden field the `script` pager's own script writes its command into before it submits the form. */
const COMMAND_FIELD = 'hdnPageCommand';
type PagerKind = (typeof PAGERS)[number];

interface CatalogLines {
  headers: string[];
  rows: string[][];
}
const catalog = (globalThis as unknown as { customsPreflightCatalogLines: (options: { rows: number; seedEvery: number }) => CatalogLines }).customsPreflightCatalogLines({ rows: LINES, seedEvery: 100 });

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const viewState = (page: number): string => Buffer.from(JSON.stringify({ page })).toString('base64');
function pageInViewState(value: string | null): number | null {
  try {
    const page = (JSON.parse(Buffer.from(value ?? '', 'base64').toString('utf8')) as { page?: unknown }).page;
    return typeof page === 'number' ? page : null;
  } catch {
    return null;
  }
}

const clamp = (page: number): number => Math.min(PAGES, Math.max(1, page));

/** The page a post asks for: from the page it was posted from (its view state) and the control pressed. */
function pageAsked(form: URLSearchParams): number | null {
  const from = pageInViewState(form.get('__VIEWSTATE') ?? form.get('javax.faces.ViewState'));
  if (from === null) return null;
  const target = form.get('__EVENTTARGET') ?? '';
  const argument = form.get('__EVENTARGUMENT') ?? '';
  const pressed = (name: string): boolean =>
    target === `ctl00$MainContent$${name}` || form.has(`ctl00$MainContent$${name}`) || form.has(`${JSF_FORM}:${name.replace(/^(lnk|btn)/, '').toLowerCase()}`);
  const radNumber = target.startsWith(`${RAD_PAGER}$pg`) ? Number(target.slice(RAD_PAGER.length + 3)) : null;
  if (radNumber !== null) return clamp(radNumber);
  for (const [name, page] of [['first', 1], ['prev', from - 1], ['next', from + 1], ['last', PAGES]] as const) if (form.has(`${RAD_PAGER}$${name}`)) return clamp(page);
  if (target === GRID) {
    const number = /^Page\$(\d+)$/.exec(argument);
    if (number) return clamp(Number(number[1]));
    return { 'Page$First': 1, 'Page$Prev': from - 1, 'Page$Next': from + 1, 'Page$Last': PAGES }[argument] ?? from;
  }
  if (target === PAGE_SELECT) return clamp(Number(form.get(PAGE_SELECT)));
  const command = form.get(COMMAND_FIELD) ?? '';
  if (command) return { first: 1, previous: clamp(from - 1), next: clamp(from + 1), last: PAGES }[command] ?? from;
  if (pressed('lnkFirst') || pressed('btnFirst')) return 1;
  if (pressed('lnkPrev') || pressed('btnPrev')) return clamp(from - 1);
  if (pressed('lnkNext') || pressed('btnNext')) return clamp(from + 1);
  if (pressed('lnkLast') || pressed('btnLast')) return PAGES;
  return from;
}

/** The `select` pager's DropDownList (its name, which is also the postback's target). */
const PAGE_SELECT = 'ctl00$MainContent$ddlPage';

/** "Page [3 ▾] of 12": a DropDownList that posts the form back when changed, as ASP.NET writes AutoPostBack. */
function selectPager(page: number): string {
  const options = Array.from({ length: PAGES }, (_, i) => `<option${i + 1 === page ? ' selected="selected"' : ''} value="${i + 1}">${i + 1}</option>`);
  const onchange = escape(`javascript:setTimeout('__doPostBack(\\'${PAGE_SELECT}\\',\\'\\')', 0)`);
  return `<div class="pager"><label for="MainContent_ddlPage">Page</label> <select name="${PAGE_SELECT}" onchange="${onchange}" id="MainContent_ddlPage">${options.join('')}</select> of ${PAGES}</div>`;
}

const postBack = (target: string, argument = ''): string => escape(`javascript:__doPostBack('${target}','${argument}')`);

function controlsPager(kind: Exclude<PagerKind, 'row' | 'jsf' | 'radgrid' | 'select'>, page: number): string {
  const control = (name: string, text: string, enabled: boolean): string => {
    if (kind === 'script') return enabled ? `<a href="#" onclick="return pageTo('${name === 'Prev' ? 'previous' : name.toLowerCase()}')">${escape(text)}</a>` : `<span class="aspNetDisabled">${escape(text)}</span>`;
    if (kind === 'buttons') return `<input type="submit" name="ctl00$MainContent$btn${name}" value="${escape(text)}" id="MainContent_btn${name}"${enabled ? '' : ' disabled="disabled" class="aspNetDisabled"'}>`;
    return enabled ? `<a id="MainContent_lnk${name}" href="${postBack(`ctl00$MainContent$lnk${name}`)}">${escape(text)}</a>` : `<a id="MainContent_lnk${name}" class="aspNetDisabled">${escape(text)}</a>`;
  };
  return `<div class="pager">
  ${control('First', '« First', page > 1)} ${control('Prev', '‹ Previous', page > 1)}
  <span id="MainContent_lblPage">Page ${page} of ${PAGES}</span>
  ${control('Next', 'Next ›', page < PAGES)} ${control('Last', 'Last »', page < PAGES)}
</div>`;
}

/** Page numbers GridView shows at a time (its PageButtonCount's default); "..." goes to the next or previous ten. */
const PAGE_BUTTONS = 10;

/** GridView's numeric pager: a row of the grid holding a table of page numbers, the current one a plain span. */
function pagerRow(page: number): string {
  const first = Math.floor((page - 1) / PAGE_BUTTONS) * PAGE_BUTTONS + 1;
  const last = Math.min(PAGES, first + PAGE_BUTTONS - 1);
  const cell = (to: number, text: string): string => `<td><a href="${postBack(GRID, `Page$${to}`)}">${text}</a></td>`;
  const cells: string[] = [];
  if (first > 1) cells.push(cell(first - 1, '...'));
  for (let n = first; n <= last; n++) cells.push(n === page ? `<td><span>${n}</span></td>` : cell(n, String(n)));
  if (last < PAGES) cells.push(cell(last + 1, '...'));
  return `<tr class="pgr"><td colspan="${catalog.headers.length}"><table><tr>${cells.join('')}</tr></table></td></tr>`;
}

/** RadGrid's pager row, for its table's foot. */
function radPagerRow(page: number): string {
  const button = (name: string, title: string, enabled: boolean): string =>
    `<input type="submit" name="${RAD_PAGER}$${name}" value=" " title="${title}" class="rgPage${name[0]!.toUpperCase()}${name.slice(1)}"${enabled ? '' : ' disabled="disabled"'}>`;
  const first = Math.floor((page - 1) / PAGE_BUTTONS) * PAGE_BUTTONS + 1;
  const last = Math.min(PAGES, first + PAGE_BUTTONS - 1);
  const link = (to: number, text: string): string => `<a href="${postBack(`${RAD_PAGER}$pg${to}`)}"><span>${text}</span></a>`;
  const numbers: string[] = [];
  if (first > 1) numbers.push(link(first - 1, '...'));
  for (let n = first; n <= last; n++) numbers.push(n === page ? `<a class="rgCurrentPage" onclick="returnfalse;" href="#"><span>${n}</span></a>` : link(n, String(n)));
  if (last < PAGES) numbers.push(link(last + 1, '...'));
  return `<tr class="rgPager"><td colspan="${catalog.headers.length}"><table summary="Data pager which controls on which page is shown the data in the RadGrid." style="width:100%;border-spacing:0;">
<caption><span style="display: none">Data pager</span></caption><thead><tr><th scope="col"></th></tr></thead>
<tbody><tr><td class="rgPagerCell NextPrevAndNumeric">
<div class="rgWrap rgArrPart1">${button('first', 'First Page', page > 1)}${button('prev', 'Previous Page', page > 1)}</div>
<div class="rgWrap rgNumPart">${numbers.join('')}</div>
<div class="rgWrap rgArrPart2">${button('next', 'Next Page', page < PAGES)}${button('last', 'Last Page', page < PAGES)}</div>
<div class="rgWrap rgInfoPart">&nbsp;<strong>${LINES}</strong> items in <strong>${PAGES}</strong> pages</div>
</td></tr></tbody></table></td></tr>`;
}

/** RadGrid: its head, its foot with the pager (before the body, as it draws it), then its rows. */
function radGridHtml(page: number): string {
  const rows = catalog.rows.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  return `<div id="ctl00_RadGrid1" class="RadGrid RadGrid_Default"><table class="rgMasterTable grid" id="ctl00_RadGrid1_ctl00" style="width:100%;table-layout:auto;empty-cells:show;">
<thead><tr>${catalog.headers.map((header) => `<th scope="col" class="rgHeader">${escape(header)}</th>`).join('')}</tr></thead>
<tfoot>${radPagerRow(page)}</tfoot>
<tbody>
${rows.map((cells, i) => `<tr class="${i % 2 ? 'rgAltRow' : 'rgRow'}" id="ctl00_RadGrid1_ctl00__${i}">${cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table></div>`;
}

function gridHtml(kind: PagerKind, page: number): string {
  if (kind === 'radgrid') return radGridHtml(page);
  const rows = catalog.rows.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  return `<div><table class="grid" cellspacing="0" rules="all" border="1" id="MainContent_gvLines" style="border-collapse:collapse;">
<tr>${catalog.headers.map((header) => `<th scope="col">${escape(header)}</th>`).join('')}</tr>
${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('\n')}
${kind === 'row' ? pagerRow(page) : ''}
</table></div>`;
}

/** The same grid as a JSF page renders it: h:dataTable, command links, Mojarra's script (as much of it as the links use). */
function jsfPageHtml(page: number, entry: string): string {
  const rows = catalog.rows.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  const link = (name: string, text: string, enabled: boolean): string => {
    const id = `${JSF_FORM}:${name}`;
    return enabled ? `<a href="#" id="${id}" onclick="mojarra.jsfcljs(document.getElementById('${JSF_FORM}'),{'${id}':'${id}'},'');return false">${escape(text)}</a>` : `<span class="disabled">${escape(text)}</span>`;
  };
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Entry lines</title>
<style>
  body { font: 13px Arial, sans-serif; margin: 16px; }
  .grid td, .grid th { border: 1px solid #bbb; padding: 3px 6px; white-space: nowrap; }
  .pager a, .pager span { margin-right: 6px; } .disabled { color: #aaa; }
</style>
<script>
var mojarra = {
  jsfcljs: function (form, parameters, target) {
    var added = [];
    for (var name in parameters) {
      var field = document.createElement('input');
      field.type = 'hidden'; field.name = name; field.value = parameters[name];
      form.appendChild(field); added.push(field);
    }
    if (target) form.target = target;
    form.submit();
    added.forEach(function (field) { form.removeChild(field); });
  }
};
</script></head>
<body>
<form id="${JSF_FORM}" name="${JSF_FORM}" method="post" action="/postback/jsf/lines.aspx" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="${JSF_FORM}" value="${JSF_FORM}">
<h1>Entry lines</h1>
${entrySelect(`${JSF_FORM}:entry`, entry)}
<table id="${JSF_FORM}:grid" class="grid">
<thead><tr>${catalog.headers.map((header) => `<th scope="col">${escape(header)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${escape(cell)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
<div class="pager">
  ${link('first', '« First', page > 1)} ${link('prev', '‹ Previous', page > 1)}
  <span id="${JSF_FORM}:status">Page ${page} of ${PAGES}</span>
  ${link('next', 'Next ›', page < PAGES)} ${link('last', 'Last »', page < PAGES)}
</div>
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="${viewState(page)}" autocomplete="off">
</form>
</body></html>`;
}

function pageHtml(kind: PagerKind, page: number, entry: string): string {
  if (kind === 'jsf') return jsfPageHtml(page, entry);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Entry lines</title>
<style>
  body { font: 13px Arial, sans-serif; margin: 16px; }
  .grid td, .grid th { padding: 3px 6px; white-space: nowrap; }
  .grid th { background: #e8eef6; }
  .pgr table td { border: 0; padding: 0 4px; }
  .rgPager table td { border: 0; } .rgWrap { display: inline-block; margin-right: 12px; } .rgNumPart a { margin-right: 4px; }
  .rgPager input { width: 22px; height: 20px; } .rgCurrentPage { font-weight: bold; }
  .pager { margin: 10px 0; } .pager a, .pager span, .pager input { margin-right: 6px; } .aspNetDisabled { color: #aaa; }
</style></head>
<body>
<form method="post" action="./lines.aspx" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${viewState(page)}">
</div>
<script type="text/javascript">
var theForm = document.forms['form1'];
if (!theForm) { theForm = document.form1; }
function __doPostBack(eventTarget, eventArgument) {
  if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
    theForm.__EVENTTARGET.value = eventTarget;
    theForm.__EVENTARGUMENT.value = eventArgument;
    theForm.submit();
  }
}
</script>
<input type="hidden" name="${COMMAND_FIELD}" id="${COMMAND_FIELD}" value="">
<script>
function pageTo(command) {
  document.getElementById('${COMMAND_FIELD}').value = command;
  document.forms[0].submit();
  return false;
}
</script>
<h1>Entry lines</h1>
${entrySelect('MainContent_ddlEntry', entry)}
${gridHtml(kind, page)}
${kind === 'select' ? selectPager(page) : kind === 'row' || kind === 'radgrid' ? '' : controlsPager(kind as Exclude<PagerKind, 'row' | 'jsf' | 'radgrid' | 'select'>, page)}
<p><input type="submit" name="ctl00$MainContent$btnSave" value="Save lines" id="MainContent_btnSave"></p>
</form>
</body></html>`;
}

/** The entry being filed, a field of the form every post must carry. */
function entrySelect(id: string, entry: string): string {
  const option = (value: string, text: string): string => `<option value="${value}"${entry === value ? ' selected="selected"' : ''}>${text}</option>`;
  return `<p><label for="${id}">Entry</label>
<select id="${id}" name="${ENTRY_FIELD}">${option('4711-0815', '4711-0815 (as filed)')}${option('4711-0816', '4711-0816 (draft)')}</select></p>`;
}

const refused = (why: string): { body: string; type: string } => ({ body: `<!DOCTYPE html><title>Error</title><h1>Server Error</h1><p>${escape(why)}</p>`, type: 'text/html; charset=utf-8' });

export function postbackPagesRoute(): Route {
  return async (path: string, request: RouteRequest) => {
    const found = /^\/postback\/([a-z]+)\/lines\.aspx$/.exec(path);
    const unframed = found?.[1] === 'unframed';
    const kind = unframed ? 'links' : PAGERS.find((pager) => pager === found?.[1]);
    if (!kind) return null;
    const answer = (body: string): RouteAnswer => ({ body, type: 'text/html; charset=utf-8', headers: unframed ? REFUSE_FRAMES : undefined });
    if (request.method !== 'POST') return answer(pageHtml(kind, 1, '4711-0815'));
    const entry = request.form.get(ENTRY_FIELD);
    if (!entry) return refused('The entry field is missing from the post.');
    const page = pageAsked(request.form);
    if (page === null) return refused('The view state is missing or invalid.');
    return answer(pageHtml(kind, page, entry));
  };
}
