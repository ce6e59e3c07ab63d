import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The workspace web app: built into dist/workspace-web, which the workspace server serves.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../../../dist/workspace-web/', import.meta.url)),
    emptyOutDir: true,
    // The server's Content-Security-Policy allows only its own scripts and styles: no inline code.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
