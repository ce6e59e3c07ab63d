import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The package as a user gets it: `npm pack` (which runs `prepare`, building the command line),
 * the tarball installed into an empty folder with nothing else, and the binary run through npx.
 * Nothing of the project's own node_modules or sources is reachable from there.
 */
describe('the packed package', () => {
  let folder = '';

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'customs-preflight-package-'));
    const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', folder], { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as { filename: string; files: { path: string }[] }[];
    const tarball = join(folder, packed[0]!.filename);
    const user = join(folder, 'user');
    execFileSync('mkdir', ['-p', user]);
    writeFileSync(join(user, 'package.json'), JSON.stringify({ name: 'a-filers-project', version: '1.0.0', private: true }));
    // --offline: the package needs nothing from any registry.
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: user, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    writeFileSync(
      join(user, 'some.csv'),
      'Part Number,Description,HTS Code,Country of Origin,Quantity,Unit Value,Currency\nA-1,Stainless steel hex bolts M8,7318.15.2065,Germny,100,0.35,USD\n',
    );
  }, 120_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('installs with no other package: no devDependencies, nothing to fetch', () => {
    expect(readdirSync(join(folder, 'user/node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['customs-preflight']);
  });

  it('runs `npx customs-preflight check some.csv` from the installed tarball', () => {
    const result = spawnSync('npx', ['--no-install', 'customs-preflight', 'check', 'some.csv'], { cwd: join(folder, 'user'), encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Customs Preflight — some.csv');
    expect(result.stdout).toMatch(/origin-invalid \[Country of Origin\]: "Germny" is not an ISO 3166-1 code/);
  }, 60_000);
});
