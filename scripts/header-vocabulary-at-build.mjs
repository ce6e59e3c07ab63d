// The header vocabulary compiled once, when a bundle is built, for every bundle that checks
// catalogs: the command line (scripts/build-cli.mjs, an esbuild plugin) and the extension
// (wxt.config.ts, a Vite plugin). Compiling it reads ~600 wordings word by word: ~50 ms of cold
// code at a command's start, and 35–65 ms of one task in the extension's service worker (the
// first step of a scan's validation), over the 50 ms the worker may be held.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The module a bundle replaces: lib/core/mapping/header-vocabulary-at-build.ts. */
export const HEADER_VOCABULARY_MODULE = /[\\/]lib[\\/]core[\\/]mapping[\\/]header-vocabulary-at-build\.ts$/;

/**
 * The vocabulary as lib/core/mapping/header-evidence.ts compiles it, computed by that same code
 * (bundled to a temporary module and imported), as JSON.
 */
export async function headerVocabularyJson() {
  const dir = mkdtempSync(join(tmpdir(), 'customs-preflight-build-'));
  try {
    const module = join(dir, 'header-vocabulary.mjs');
    await build({
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      stdin: { contents: "export { compileHeaderVocabulary } from './lib/core/mapping/header-evidence';", resolveDir: root, loader: 'ts' },
      outfile: module,
      legalComments: 'none',
      logLevel: 'warning',
    });
    const { compileHeaderVocabulary } = await import(pathToFileURL(module).href);
    return JSON.stringify(compileHeaderVocabulary());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the bundle holds in place of HEADER_VOCABULARY_MODULE. */
export function headerVocabularyModuleSource(json) {
  return `export const HEADER_VOCABULARY_AT_BUILD = ${json};`;
}
