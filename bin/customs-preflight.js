#!/usr/bin/env node
// The package's `bin`. The command line is built into dist/cli.js (scripts/build-cli.mjs, run by
// `npm run build` and by `prepare` before packing), so starting it compiles nothing.
try {
  await import('../dist/cli.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('customs-preflight: the command line is not built; run `npm run build:cli` in the project.\n');
    process.exit(2);
  }
  throw error;
}
