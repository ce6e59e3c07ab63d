import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR } from './vendor-route';

/**
 * Fixture pages whose grid library needs a bundler (MUI X Data Grid is React; Vaadin Grid, TanStack, SlickGrid, Spectrum and UI5 are ES modules; TOAST UI Grid's build needs its dependencies bundled in) are bundled here,
 * once before the browser tests (vitest globalSetup), from the library as installed in
 * node_modules into node_modules/.cache: built library code is never committed.
 */
const ENTRIES = Object.fromEntries(
  ['grid-mui', 'grid-vaadin', 'grid-headless', 'grid-slickgrid', 'grid-spectrum', 'grid-ui5', 'grid-ui5-growing', 'grid-react-window', 'grid-element-table', 'grid-element-table-v2', 'grid-react-data-grid', 'grid-antd', 'grid-primevue', 'grid-vuetify', 'grid-quasar', 'grid-vxe-table', 'grid-fluent', 'grid-tui', 'grid-react-virtualized', 'grid-react-virtuoso', 'grid-lit-rows', 'grid-blueprint', 'form-mui-lines', 'form-web-components', 'cards-virtuoso', 'grid-naive', 'grid-base-table', 'grid-aria-components', 'grid-syncfusion', 'grid-wijmo', 'grid-ignite', 'grid-fluent-details', 'grid-naive-paged', 'grid-carbon', 'grid-primereact', 'grid-primereact-lazy', 'grid-glide', 'grid-svar', 'grid-arco', 'grid-tdesign'].map((page) => [page, fileURLToPath(new URL(`../pages/${page}.entry.js`, import.meta.url))]),
);

export default async function buildFixtureBundles(): Promise<void> {
  await build({
    entryPoints: ENTRIES,
    outdir: BUNDLE_DIR,
    bundle: true,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    // Icon fonts a library's stylesheet links to (vxe-table's) are copied beside the bundle.
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file' },
    logLevel: 'warning',
  });
}
