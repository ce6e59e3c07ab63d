import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Width and height from a PNG's IHDR chunk (bytes 16–23), and whether it has an alpha channel. */
function pngFacts(path: string): { width: number; height: number; alpha: boolean } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), path).toBe('PNG');
  const colourType = bytes[25]!;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), alpha: colourType === 6 || colourType === 4 };
}

describe('the extension icons', () => {
  it('are named in wxt.config.ts for the manifest and the toolbar button, each PNG at its size with transparency', () => {
    const config = readFileSync(`${root}wxt.config.ts`, 'utf8');
    const declared = [...config.matchAll(/(\d+): '\/icon\/(\d+)\.png'/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(declared.map(([size]) => size)).toEqual([16, 32, 48, 128]);
    expect(config).toMatch(/icons: ICONS/);
    expect(config).toMatch(/default_icon: ICONS/);
    for (const [size, file] of declared) {
      expect(pngFacts(`${root}public/icon/${file}.png`)).toEqual({ width: size, height: size, alpha: true });
    }
  });
});
