/**
 * The country names index (values/country.ts) computed when the command line was built:
 * scripts/build-cli.mjs replaces this module in dist/cli.js with `compileCountryNames()`'s entries,
 * so a check does not fold ~4,000 names of thirteen languages (~20 ms of cold code) at every
 * start; mapping asks for it in every check, to tell a column of country names. Everywhere else
 * (the extension, the workspace server, tests) it is undefined and the index is built on first use.
 */
export const COUNTRY_NAMES_AT_BUILD: readonly (readonly [string, string])[] | undefined = undefined;
