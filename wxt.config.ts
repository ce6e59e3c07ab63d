import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';
import { defineConfig } from 'wxt';
import { HEADER_VOCABULARY_MODULE, headerVocabularyJson, headerVocabularyModuleSource } from './scripts/header-vocabulary-at-build.mjs';

/**
 * Where the extension may connect. An extension's CSP is static, so it cannot name the workspace a
 * user types in later: the service worker (the only code that makes a request, and only to the
 * profile's saved workspace, for which the browser's permission was asked) may reach https origins,
 * and plain http only on this computer, as the workspace address check allows. The pages get a
 * stricter policy of their own below: they connect nowhere.
 */
const WORKER_CONNECT_SRC = 'https: http://127.0.0.1:* http://localhost:*';

/**
 * The extension's pages (popup, results, options) never make a request: a second policy in each
 * page, `connect-src 'none'`, is enforced together with the manifest's (the stricter wins), so a
 * page cannot connect even to the workspace. Builds only: the development server's pages need
 * their own connections.
 */
const pagesConnectNowhere: PluginOption = {
  name: 'customs-preflight-pages-connect-nowhere',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: "connect-src 'none'" }, injectTo: 'head-prepend' }],
};

/**
 * The header vocabulary compiled at build time, as the command line has it: the service worker
 * would otherwise compile it in the first step of every scan's validation (35–65 ms of one task).
 */
const headerVocabularyCompiled = (): PluginOption => {
  let json: Promise<string> | undefined;
  return {
    name: 'customs-preflight-header-vocabulary-compiled',
    async load(id) {
      if (!HEADER_VOCABULARY_MODULE.test(id)) return null;
      return headerVocabularyModuleSource(await (json ??= headerVocabularyJson()));
    },
  };
};

const ICONS = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png', 128: '/icon/128.png' };

// The manifest is derived from entrypoints/; only what the folder cannot say is written here.
export default defineConfig({
  // `wxt build --mode profile` (npm run profile:pages) keeps function names readable in CPU profiles.
  vite: ({ mode }) => ({ plugins: [preact(), pagesConnectNowhere, headerVocabularyCompiled()], ...(mode === 'profile' ? { build: { minify: false } } : {}) }),
  // Manifest V3 for Firefox too (Firefox 109+), so both builds share one manifest and one set of APIs.
  manifestVersion: 3,
  manifest: ({ command, browser }) => ({
    name: 'Customs Preflight',
    // Rasterized from public/icon/icon.svg by scripts/generate-icons.ts (npm run icons).
    icons: ICONS,
    action: { default_icon: ICONS },
    description: 'Validate import catalogs in place: tariff codes, origins, values, MIDs and descriptions, marked on the page.',
    // Least privilege: the content script is injected on demand into the tab the user acts on.
    permissions: ['activeTab', 'scripting', 'storage', 'alarms'],
    // Asked for one site at a time, at run time, only when the user turns on automatic scanning
    // for that portal, or saves a team workspace's address (Options); nothing is granted at install.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Enterprise policy: what administrators may set (read through chrome.storage.managed).
    storage: { managed_schema: 'managed-schema.json' },
    // Only the extension's own scripts run in its pages and worker; only the worker connects, and
    // only to a team workspace (see WORKER_CONNECT_SRC). (The development server needs its own
    // connections, so the policy applies to builds.)
    content_security_policy:
      command === 'build'
        ? {
            extension_pages: `default-src 'self'; script-src 'self'; object-src 'none'; connect-src ${WORKER_CONNECT_SRC}; img-src 'self' data: blob:; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
          }
        : undefined,
    // Firefox needs a stable id for managed storage (enterprise policy) and for signing.
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'customs-preflight@customs-preflight.dev', strict_min_version: '115.0' } } : undefined,
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Check the catalog on this page',
      },
    },
  }),
});
