import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The modules whose code ends up in the content script, as a bundler builds it (paths from the
 * repository root). Modules reached but left out whole by tree shaking (zod's locales) are not counted.
 */
async function contentScriptModules(): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['entrypoints/content.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

// The content script is injected into every page checked. A bundler keeps every schema a module
// defines at its top level, so one import from the wrong module carries all of them into the page.
describe('the content script bundle', () => {
  it('parses with the content script schemas, written with zod/mini, and carries no other message schemas', async () => {
    const modules = await contentScriptModules();
    expect(modules).toContain('lib/extension/messaging/content-script-messages.ts');
    for (const other of ['messages.ts', 'worker-messages.ts', 'sync-messages.ts']) {
      expect(modules).not.toContain(`lib/extension/messaging/${other}`);
    }
    const zodModules = modules.filter((path) => path.startsWith('node_modules/zod/'));
    expect(zodModules.length).toBeGreaterThan(0);
    expect(zodModules.filter((path) => !/^node_modules\/zod\/(mini\/|v4\/(mini|core)\/)/.test(path))).toEqual([]);
  });

  it('ranks tables without the field vocabulary or the mapping decision', async () => {
    const modules = await contentScriptModules();
    expect(modules).toContain('lib/core/mapping/catalog-likeness.ts');
    expect(modules.filter((path) => /lib\/core\/mapping\/(header-synonyms|decide-mapping|column-mapping)\.ts$/.test(path))).toEqual([]);
  });
});
