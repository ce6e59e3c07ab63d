import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../support/shared-data';

const BINARY = fileURLToPath(new URL('../../../bin/customs-preflight.js', import.meta.url));

/** The package's `bin`, run as a team's script would: a separate node process. */
function run(...args: string[]) {
  return spawnSync(process.execPath, [BINARY, ...args], { encoding: 'utf8', timeout: 60_000 });
}

// Each test starts node with tsx: seconds on a busy machine, so the process's own 60 s limit applies, not vitest's 5 s.
describe('customs-preflight binary', { timeout: 60_000 }, () => {
  it('checks a catalog, prints the report and exits 1 for errors', () => {
    const result = run('check', sharedPath('fixtures/catalog-en-400.csv'), '--schedule', sharedPath('reference/cbp-hts-pga-report-2026-02-21.csv'), '--date', '2026-11-23');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/402 rows · jurisdiction US/);
    expect(result.stdout).toMatch(/origin-invalid \[Country of Origin\]: "Germny" is not an ISO 3166-1 code; it probably means DE/);
  });

  it('exits 2 with the file named when the input cannot be read', () => {
    const result = run('check', '/nonexistent/catalog.csv');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('/nonexistent/catalog.csv');
  });
});
