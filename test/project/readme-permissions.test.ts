import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withPermissionTable } from '../../scripts/permission-table';

describe('README workspace permission table', () => {
  it('is the one generated from lib/workspace/api/roles.ts (run `npm run docs` after changing a role)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(withPermissionTable(readme)).toBe(readme);
  });
});
