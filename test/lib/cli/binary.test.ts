import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../support/shared-data';

const BINARY = fileURLToPath(new URL('../../../bin/customs-preflight.js', import.meta.url));

/** The package's `bin`, run as a team's script would: a separate node process. */
function run(...args: string[]) {
  return spawnSync(process.execPath, [BINARY, ...args], { encoding: 'utf8', timeout: 60_000 });
}

// Each run is a whole node process, bounded by spawnSync's own 60 s: the test waits as long.
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

  it('refuses a catalog too large for memory at the start: exit 2 and one line naming the limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'customs-preflight-huge-'));
    try {
      // 3 GB that take no disk space (a sparse file): past any limit, and refused before a byte is read.
      const huge = join(dir, 'huge-catalog.csv');
      writeFileSync(huge, '');
      truncateSync(huge, 3 * 1024 ** 3);
      const result = run('check', huge, '--format', 'json');
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^customs-preflight: .*huge-catalog\.csv: is 3072 MB, more than the \d+ MB this command can check at once \(.+\)\. Split the catalog into smaller files[^\n]*\n$/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
