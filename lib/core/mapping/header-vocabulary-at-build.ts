import type { HeaderVocabulary } from './header-evidence';

/**
 * The header vocabulary compiled when the command line was built: scripts/build-cli.mjs replaces
 * this module in dist/cli.js with the result of `compileHeaderVocabulary()`, so a check does not
 * read ~600 wordings word by word (~50 ms of cold code) at every start. Everywhere else (the
 * extension, the workspace server, tests) it is undefined and the vocabulary is compiled on first use.
 */
export const HEADER_VOCABULARY_AT_BUILD: HeaderVocabulary | undefined = undefined;
