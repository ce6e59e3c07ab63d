import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Vitest global setup: the binary tests run the built command line, so build it when a source changed. */
export default function buildCommandLine(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build-cli.mjs', import.meta.url)), '--if-stale'], { stdio: 'inherit' });
}
