import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);

describe('README quick start screenshots', () => {
  it('shows the three pictures the demo writes, and the files are there', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const demo = readFileSync(new URL('scripts/demo/demo.ts', root), 'utf8');
    const shown = [...readme.matchAll(/\]\(docs\/screenshots\/([\w-]+\.png)\)/g)].map((m) => m[1]);
    expect(shown).toEqual(['popup.png', 'marked-page.png', 'results.png']);
    expect(demo).toContain(`const SCREENSHOTS = ${JSON.stringify(shown).replace(/"/g, "'").replace(/,/g, ', ')};`);
    for (const name of shown) expect(existsSync(new URL(`docs/screenshots/${name}`, root)), name).toBe(true);
  });
});
