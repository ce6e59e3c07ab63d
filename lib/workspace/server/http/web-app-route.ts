import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The web app's files (built by Vite into dist/workspace-web). Only files inside that folder are
 * served; every other non-API path gets index.html, whose script routes by the # fragment.
 */
export function serveWebApp(app: Hono, folder: string): void {
  const base = resolve(folder);
  app.get('*', async (http) => {
    const path = new URL(http.req.url).pathname;
    if (path.startsWith('/api/')) return http.json({ error: { code: 'not-found', message: `No API endpoint ${http.req.method} ${path}; see /api/openapi.json.` } }, 404);
    if (!existsSync(`${base}${sep}index.html`)) {
      return http.text('The workspace web app is not built. Run "npm run build:workspace-web" (npm run build does it too) and restart.', 503);
    }
    const file = resolve(base, `.${decodeURIComponent(path)}`);
    const inside = file.startsWith(base + sep) && TYPES[extname(file)] !== undefined && existsSync(file);
    const served = inside ? file : `${base}${sep}index.html`;
    // Built assets carry a content hash in their names and can be cached for good; the page cannot.
    const cache = served.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-store';
    return http.body(await readFile(served), 200, { 'content-type': TYPES[extname(served)]!, 'cache-control': cache });
  });
}
