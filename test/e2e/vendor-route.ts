import { fileURLToPath } from 'node:url';
import { folderRoute, type Route } from '../support/browser/local-server';

/**
 * The grid fixture pages load the real grid libraries from the project's node_modules (installed
 * as devDependencies), never from copies in the repository: `/vendor/<package>/<file>` serves a
 * file of one of the packages below, and nothing else from node_modules.
 */
const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));

export const VENDOR_PACKAGES = [
  'ag-grid-community',
  'handsontable',
  'tabulator-tables',
  'datatables.net',
  'datatables.net-dt',
  'gridjs',
  'jspreadsheet-ce',
  'jsuites',
  '@jspreadsheet/formula',
  'slickgrid',
  'w2ui',
  '@revolist/revogrid',
  'simple-datatables',
  'clusterize.js',
  'bootstrap-table',
  'jquery',
  // free jqGrid needs jQuery 3 (it calls $.isArray, $.isFunction, which jQuery 4 removed).
  'jquery3',
  'free-jqgrid',
  'webix',
  '@blueprintjs/core',
  '@blueprintjs/table',
  // Widgets that hide a <select> and draw their own in its place.
  'select2',
  'tom-select',
  'dhx-suite',
  'angular',
  'angular-ui-grid',
  'datatables.net-scroller',
  'datatables.net-scroller-dt',
  'datatables.net-fixedcolumns',
  'datatables.net-fixedcolumns-dt',
  'devextreme-dist',
  'tablesorter',
  'jsgrid',
  'list.js',
  'regular-table',
  'layui',
  'jquery-easyui',
  'frappe-datatable',
  'sortablejs',
] as const;

/** Where fixture bundles built at test time go (node_modules/.cache: never committed). */
export const BUNDLE_DIR = `${NODE_MODULES}.cache/customs-preflight-fixtures/`;

function prefixed(prefix: string, route: Route): Route {
  return async (path, request) => (path.startsWith(prefix) ? route(path.slice(prefix.length - 1), request) : null);
}

export function vendorRoutes(): Route[] {
  return [
    ...VENDOR_PACKAGES.map((name) => prefixed(`/vendor/${name}/`, folderRoute(`${NODE_MODULES}${name}`))),
    prefixed('/built/', folderRoute(BUNDLE_DIR)),
  ];
}
