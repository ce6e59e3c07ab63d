// The header vocabulary compiled once, when a bundle is built, for every bundle that checks
// catalogs: the command line (scripts/build-cli.mjs, an esbuild plugin) and the extension
// (wxt.config.ts, a Vite plugin). Compiling it reads ~600 wordings word by word: ~50 ms of cold
// code at a command's start, and 35–65 ms of one task in the extension's service worker (the
// first step of a scan's validation), over the 50 ms the worker may be held.
import { compiledJson } from './compiled-at-build.mjs';

/** The module a bundle replaces: lib/core/mapping/header-vocabulary-at-build.ts. */
export const HEADER_VOCABULARY_MODULE = /[\\/]lib[\\/]core[\\/]mapping[\\/]header-vocabulary-at-build\.ts$/;

/** The vocabulary as lib/core/mapping/header-evidence.ts compiles it, computed by that same code, as JSON. */
export function headerVocabularyJson() {
  return compiledJson('./lib/core/mapping/header-evidence', 'compileHeaderVocabulary');
}

/** What the bundle holds in place of HEADER_VOCABULARY_MODULE. */
export function headerVocabularyModuleSource(json) {
  return `export const HEADER_VOCABULARY_AT_BUILD = ${json};`;
}
