import { createServer, type Server, type Socket, connect } from 'node:net';
import type { CDPSession, Target } from 'puppeteer';
import type { Harness } from './harness';

/** A request the extension made: its address, and whether its service worker made it (not a page). */
export interface ExtensionRequest {
  url: string;
  fromWorker: boolean;
}

/**
 * Record every request made by the extension's own pages and service worker (their document is the
 * extension's), through the DevTools protocol's network events, as the browser itself sees them.
 */
export async function watchExtensionRequests(harness: Harness): Promise<ExtensionRequest[]> {
  const requests: ExtensionRequest[] = [];
  const origin = `chrome-extension://${harness.extension.id}/`;
  const watch = async (target: Target) => {
    if (target.type() !== 'page' && target.type() !== 'service_worker' && target.type() !== 'other') return;
    const session: CDPSession | null = await target.createCDPSession().catch(() => null);
    if (!session) return;
    session.on('Network.requestWillBeSent', (event: { request: { url: string }; documentURL?: string }) => {
      if ((event.documentURL ?? '').startsWith(origin) || target.url().startsWith(origin)) {
        requests.push({ url: event.request.url, fromWorker: target.type() === 'service_worker' });
      }
    });
    await session.send('Network.enable').catch(() => {});
  };
  for (const target of harness.browser.targets()) await watch(target);
  harness.browser.on('targetcreated', (target: Target) => void watch(target));
  return requests;
}

/**
 * Let every new service worker run. Chrome starts a new worker when an alarm fires or a page
 * messages it; Puppeteer holds each new worker at its first line for the debugger, which a browser
 * without DevTools would not. Returns the function that stops doing so.
 */
export function keepWorkersRunning(harness: Harness): () => void {
  const release = setInterval(() => {
    for (const target of harness.browser.targets().filter((t) => t.type() === 'service_worker')) {
      void target
        .createCDPSession()
        .then((session) => session.send('Runtime.runIfWaitingForDebugger'))
        .catch(() => {});
    }
  }, 250);
  return () => clearInterval(release);
}

/**
 * A TCP relay on 127.0.0.1 to a server, that the test takes down and brings back on the same port:
 * to the extension, the workspace is unreachable and then reachable again at the same address,
 * while the server behind it (its database, its tokens) lives on.
 */
export interface Relay {
  origin: string;
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function relayTo(targetPort: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const up = async () => {
    server = createServer((incoming) => {
      const outgoing = connect(targetPort, '127.0.0.1');
      for (const socket of [incoming, outgoing]) {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      incoming.pipe(outgoing).pipe(incoming);
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  };
  const down = async () => {
    const closing = new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    // Kept-alive connections would carry requests past a closed listener: cut them too.
    for (const socket of sockets) socket.destroy();
    await closing;
    server = null;
  };
  await up();
  return { origin: `http://127.0.0.1:${port}`, up, down, close: down };
}
