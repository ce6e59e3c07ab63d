import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';

/** How a page was asked for: a form posted to it sends its fields (url-encoded, as forms post by default). */
export interface RouteRequest {
  method: string;
  form: URLSearchParams;
}

/** What a route answers with: the body, its type, and any other response headers (a portal's X-Frame-Options). */
export interface RouteAnswer {
  body: string | Uint8Array;
  type: string;
  headers?: Record<string, string>;
}

/** A page or file the server answers with, by path (and, for a route that reads them, the request's method and fields). */
export type Route = (path: string, request: RouteRequest) => Promise<RouteAnswer | null>;

/** A posted form's fields are read up to this size; a fixture's forms are far smaller. */
const LARGEST_FORM = 1024 * 1024;

async function formOf(request: IncomingMessage): Promise<URLSearchParams> {
  if (request.method !== 'POST') return new URLSearchParams();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > LARGEST_FORM) throw new Error(`a form posted to the test server is larger than ${LARGEST_FORM} bytes`);
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
};

/** Serve files below a folder; paths that resolve outside it are not found. */
export function folderRoute(folder: string): Route {
  const base = resolve(folder);
  return async (path) => {
    const file = resolve(base, `.${decodeURIComponent(path)}`);
    if (!file.startsWith(base + sep)) return null;
    try {
      return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
    } catch {
      return null;
    }
  };
}

export interface LocalServer {
  origin: string;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 and a free port, answering from the routes in order. */
export async function serveLocally(routes: Route[]): Promise<LocalServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    void (async () => {
      const asked: RouteRequest = { method: request.method ?? 'GET', form: await formOf(request) };
      for (const route of routes) {
        const found = await route(path, asked);
        if (found) {
          response.writeHead(200, { ...found.headers, 'content-type': found.type, 'cache-control': 'no-store' });
          response.end(found.body);
          return;
        }
      }
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the local server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
