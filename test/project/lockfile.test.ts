import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm ci` (what CI runs) refuses a lock file that lacks an entry for any optional dependency.
describe('package-lock.json', () => {
  it('has an entry for every optional dependency (run `node .ci/complete-lockfile.mjs` after npm install)', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
      packages: Record<string, { optionalDependencies?: Record<string, string> }>;
    };
    const missing = Object.entries(lock.packages).flatMap(([path, info]) =>
      Object.keys(info.optionalDependencies ?? {}).filter(
        (name) => !lock.packages[`${path ? `${path}/` : ''}node_modules/${name}`] && !lock.packages[`node_modules/${name}`],
      ),
    );
    expect(missing).toEqual([]);
  });
});
