import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../../lib/cli/check-command';
import { countryCodeOfName, guessCountryCode } from '../../../lib/core/values/country';
import { compileCountryNames } from '../../../lib/core/values/country-names';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));
const BINARY = fileURLToPath(new URL('../../../bin/customs-preflight.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'customs-preflight-country-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Origins written by name in several languages, as alpha-3 codes, aliases and with typos (guessed from the index, in its order). */
const ORIGINS = ['China', 'Deutschland', 'Allemagne', 'Viet Nam', 'DEU', 'P.R.C.', 'Chinna', 'Germny', 'Itallia', 'Japon', 'Südkorea', 'Mexiko', 'Türkei', 'Holland'];
const CATALOG =
  'Part Number,Description,HTS Code,Country of Origin,Quantity,UOM,Unit Price,Currency\n' +
  ORIGINS.map((origin, i) => `P-${i},Steel ball bearings for machines,8482.10.5044,${origin},10,NO,4.50,USD`).join('\n') +
  '\n';

describe('the country names index computed into dist/cli.js (country-names.ts as its result)', { timeout: 60_000 }, () => {
  it('is plain data: the build writes it as JSON and reads back the same, in its order', () => {
    const entries = compileCountryNames();
    expect(JSON.parse(JSON.stringify(entries))).toEqual(entries);
    expect(entries.length).toBeGreaterThan(1000);
    expect(new Map(entries).get('deutschland')).toBe('DE');
    expect(countryCodeOfName('Allemagne')).toBe('DE');
    expect(guessCountryCode('Germny')?.code).toBe('DE');
  });

  it('is in the built binary, which reads origins written by name exactly as the source does', async () => {
    const bundles = [join(DIST, 'cli.js'), ...readdirSync(join(DIST, 'cli-chunks')).map((name) => join(DIST, 'cli-chunks', name))];
    const bundled = bundles.map((file) => readFileSync(file, 'utf8')).join('\n');
    // The index as entries, and none of the language tables it was computed from (fr.json's Germany).
    expect(bundled).toContain('["allemagne","DE"]');
    expect(bundled).not.toContain('"Allemagne"');
    const file = join(dir, 'origins-by-name.csv');
    writeFileSync(file, CATALOG);
    for (const format of ['json', 'text']) {
      const args = ['check', file, '--format', format, '--date', '2026-11-23'];
      const built = spawnSync(process.execPath, [BINARY, ...args], { encoding: 'utf8', timeout: 60_000 });
      const source = await runCheck(args.slice(1));
      expect(built.stderr).toBe(source.stderr);
      expect(built.stdout).toBe(source.stdout);
      if (format === 'text') expect(built.stdout).toContain('origin-invalid');
    }
  });
});
