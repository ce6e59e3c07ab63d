// Data a bundle holds computed, instead of computing it at every start from its sources: the
// result of one exported function of lib/, run once when the bundle is built by that same code
// (bundled to a temporary module and imported), for the bundle to hold as JSON (see
// header-vocabulary-at-build.mjs and build-cli.mjs's country names).
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** `compile`, exported by `from` (a module of lib/, from the project's root), run, as JSON. */
export async function compiledJson(from, compile) {
  const dir = mkdtempSync(join(tmpdir(), 'customs-preflight-build-'));
  try {
    const module = join(dir, 'compiled.mjs');
    await build({
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      stdin: { contents: `export { ${compile} } from '${from}';`, resolveDir: root, loader: 'ts' },
      outfile: module,
      legalComments: 'none',
      logLevel: 'warning',
    });
    return JSON.stringify((await import(pathToFileURL(module).href))[compile]());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
