// Builds the command line into one JavaScript file, dist/cli.js, that `node` runs as it is:
// no TypeScript is compiled when a user runs `customs-preflight`, and the installed package
// needs no dependency (papaparse, zod and the code lists are bundled in).
//   node scripts/build-cli.mjs             build
//   node scripts/build-cli.mjs --if-stale  build only when a source is newer than the bundle
import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(root, 'dist/cli.js');

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
    const built = statSync(OUT).mtimeMs;
    return newestSource(join(root, 'lib')) > built || statSync(join(root, 'package-lock.json')).mtimeMs > built;
  } catch {
    return true;
  }
}

if (!process.argv.includes('--if-stale') || isStale()) {
  await build({
    entryPoints: [join(root, 'lib/cli/main.ts')],
    outfile: OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Server-side packages the workspace needs are installed with the package, not bundled.
    packages: 'bundle',
    // Bundled CommonJS packages may call require() for Node's own modules.
    banner: { js: "import { createRequire as __cpCreateRequire } from 'node:module'; const require = __cpCreateRequire(import.meta.url);" },
    // i18n-iso-countries' Node entry registers every language it has (0.9 MB); its browser entry
    // registers none, and lib/core/values/country.ts registers the five it uses.
    plugins: [
      {
        name: 'country-names-without-every-language',
        setup(esbuild) {
          esbuild.onResolve({ filter: /^i18n-iso-countries$/ }, (args) =>
            esbuild.resolve('i18n-iso-countries/index.js', { kind: args.kind, resolveDir: args.resolveDir }),
          );
        },
      },
    ],
    legalComments: 'linked',
    logLevel: 'warning',
  });
}
