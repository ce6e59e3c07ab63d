import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    // `prepare` (run by pack) prints the builds' output on stdout too: the tarball is found by name.
    execFileSync(npm, ['pack', '--pack-destination', folder], { cwd: PROJECT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = join(folder, readdirSync(folder).find((name) => name.endsWith('.tgz'))!);
    const user = join(folder, 'user');
    execFileSync('mkdir', ['-p', user]);
    writeFileSync(join(user, 'package.json'), JSON.stringify({ name: 'a-filers-project', version: '1.0.0', private: true }));
    // Only its runtime dependencies (the workspace server's) come from the registry; the cache serves what it has.
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: user, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    writeFileSync(
      join(user, 'some.csv'),
      'Part Number,Description,HTS Code,Country of Origin,Quantity,Unit Value,Currency\nA-1,Stainless steel hex bolts M8,7318.15.2065,Germny,100,0.35,USD\n',
    );
  }, 120_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('installs without any devDependency, from what is already in the npm cache', () => {
    const installed = readdirSync(join(folder, 'user/node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed).toContain('customs-preflight');
    const project = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const devOnly = Object.keys(project.devDependencies).filter((name) => existsSync(join(folder, 'user/node_modules', name)));
    expect(devOnly).toEqual([]);
  });

  it('runs `npx customs-preflight check some.csv` from the installed tarball', () => {
    const result = spawnSync('npx', ['--no-install', 'customs-preflight', 'check', 'some.csv'], { cwd: join(folder, 'user'), encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Customs Preflight — some.csv');
    expect(result.stdout).toMatch(/origin-invalid \[Country of Origin\]: "Germny" is not an ISO 3166-1 code/);
  }, 60_000);

  it('starts the team workspace from the installed package: embedded database, migrations, web app', async () => {
    const server = spawn('npx', ['--no-install', 'customs-preflight', 'workspace', '--port', '0', '--data', join(folder, 'workspace-data')], {
      cwd: join(folder, 'user'),
      stdio: ['ignore', 'pipe', 'pipe'],
      // A group of its own: npx runs the server as its child, which killing npx alone left running.
      detached: true,
    });
    try {
      let printed = '';
      const ready = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ready line within 90 s:\n${printed}`)), 90_000);
        const read = (chunk: Buffer) => {
          printed += chunk.toString();
          const found = /Workspace ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(printed);
          if (found) {
            clearTimeout(timer);
            resolve(found[1]!);
          }
        };
        server.stdout.on('data', read);
        server.stderr.on('data', read);
        server.on('exit', (code) => reject(new Error(`exited ${code}:\n${printed}`)));
      });
      expect(printed).toMatch(/sign-in link/i);
      expect((await fetch(`${ready}/api/openapi.json`)).status).toBe(200);
      expect((await fetch(`${ready}/api/v1/scans`)).status).toBe(401);
      expect(await (await fetch(`${ready}/`)).text()).toContain('<!doctype html>');
    } finally {
      process.kill(-server.pid!, 'SIGTERM');
    }
  }, 120_000);
});
