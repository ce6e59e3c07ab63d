// Builds the command line for `node` to run as it is, so no TypeScript is compiled when a user
// runs `customs-preflight`:
//   dist/cli.js               `check` and the dispatcher; papaparse and the code lists are
//                             bundled in, so checking needs no installed dependency;
//   dist/cli-chunks/          what `check` reaches only through import(), split out so a start
//                             parses none of it: the built-in schedule, workbooks (fflate), --fix-out,
//                             --master, --push and zod, which only those need;
//   dist/workspace-server.js  `workspace`, loaded only for that command; its database and HTTP
//                             packages (PGlite with its WebAssembly files, pg, hono, ...) stay
//                             installed dependencies; its SQL migrations are copied beside it.
//   node scripts/build-cli.mjs             build
//   node scripts/build-cli.mjs --if-stale  build only when a source is newer than the bundles
import { build } from 'esbuild';
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledJson } from './compiled-at-build.mjs';
import { HEADER_VOCABULARY_MODULE, headerVocabularyJson, headerVocabularyModuleSource } from './header-vocabulary-at-build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'dist/cli.js');
const CLI_CHUNKS = join(root, 'dist/cli-chunks');
const SERVER = join(root, 'dist/workspace-server.js');
const WORKSPACE_COMMAND = /workspace\/server\/workspace-command$/;
const COUNTRY_NAMES_MODULE = /[\\/]lib[\\/]core[\\/]values[\\/]country-names\.ts$/;

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  try {
    const built = Math.min(statSync(CLI).mtimeMs, statSync(SERVER).mtimeMs);
    return newestSource(join(root, 'lib')) > built || statSync(join(root, 'package-lock.json')).mtimeMs > built;
  } catch {
    return true;
  }
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS packages may call require() for Node's own modules.
  banner: { js: "import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
};

const countryNamesWithoutEveryLanguage = {
  name: 'country-names-without-every-language',
  setup(esbuild) {
    // i18n-iso-countries' Node entry registers every language it has (0.9 MB); its browser entry
    // registers none, and lib/core/values/country.ts registers the ones it uses.
    esbuild.onResolve({ filter: /^i18n-iso-countries$/ }, (args) =>
      esbuild.resolve('i18n-iso-countries/index.js', { kind: args.kind, resolveDir: args.resolveDir }),
    );
  },
};

const zodEnglishMessagesOnly = {
  name: 'zod-english-messages-only',
  setup(esbuild) {
    // zod's `z.locales` namespace (and `z.core.locales`) holds the error messages of every language
    // it has (~360 kB, a quarter of the bundle, parsed at every start). The product never calls
    // z.config() with one: its messages are English, the locale zod installs by itself (kept).
    esbuild.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](?:classic|core|mini)[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-english-messages-only' } : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'zod-english-messages-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: root,
    }));
  },
};

/** dist/cli.js holds the header vocabulary compiled (scripts/header-vocabulary-at-build.mjs). */
function headerVocabularyCompiled(json) {
  return {
    name: 'header-vocabulary-compiled',
    setup(esbuild) {
      esbuild.onLoad({ filter: HEADER_VOCABULARY_MODULE }, () => ({ contents: headerVocabularyModuleSource(json), loader: 'js' }));
    },
  };
}

/**
 * dist/cli.js holds lib/core/values/country-names.ts as its result: mapping reads the country names
 * index in every check, and computing it (~4,000 names folded, thirteen languages' tables loaded
 * for it) was ~20 ms of a start.
 */
function countryNamesCompiled(json) {
  return {
    name: 'country-names-compiled',
    setup(esbuild) {
      esbuild.onLoad({ filter: COUNTRY_NAMES_MODULE }, () => ({
        contents: `export function compileCountryNames() { return JSON.parse(${JSON.stringify(json)}); }`,
        loader: 'js',
      }));
    },
  };
}

const workspaceServerApart = {
  name: 'workspace-server-apart',
  setup(esbuild) {
    esbuild.onResolve({ filter: WORKSPACE_COMMAND }, () => ({ path: './workspace-server.js', external: true }));
  },
};

if (!process.argv.includes('--if-stale') || isStale()) {
  const runtimeDependencies = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {});
  // Chunks are named by their content: the ones of an earlier build would stay beside the new ones.
  rmSync(CLI_CHUNKS, { recursive: true, force: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: { cli: join(root, 'lib/cli/main.ts') },
      outdir: join(root, 'dist'),
      // The whole bundle is compiled at every start (~1.1 MB was a third of a one-line check's CPU
      // time): what a check reaches only through import() is a file of its own, read when used.
      splitting: true,
      chunkNames: 'cli-chunks/[name]-[hash]',
      plugins: [
        countryNamesWithoutEveryLanguage,
        zodEnglishMessagesOnly,
        workspaceServerApart,
        headerVocabularyCompiled(await headerVocabularyJson()),
        countryNamesCompiled(await compiledJson('./lib/core/values/country-names', 'compileCountryNames')),
      ],
    }),
    build({
      ...common,
      entryPoints: [join(root, 'lib/workspace/server/workspace-command.ts')],
      outfile: SERVER,
      external: runtimeDependencies,
      define: { WORKSPACE_SERVER_BUNDLE: 'true' },
      plugins: [countryNamesWithoutEveryLanguage],
    }),
  ]);
  const migrations = join(root, 'dist/workspace-migrations');
  rmSync(migrations, { recursive: true, force: true });
  cpSync(join(root, 'lib/workspace/server/migrations'), migrations, { recursive: true });
}
