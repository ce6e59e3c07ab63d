import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { DEFAULT_WEB_APP_DIR } from './asset-paths';
import { type DatabaseLocation, openWorkspaceDatabase } from './database/open-database';
import type { ScopedDatabase } from './database/scoped-database';
import { createWorkspaceApp } from './http/create-app';
import { startRetentionJob } from './retention-job';
import { signInUrl } from './routes/sign-in-url';
import { createFirstOrganization } from './stores/organizations-store';
import { DEFAULT_MAX_BODY_BYTES, type OidcSettings, type WorkspaceConfig } from './workspace-config';


export { DEFAULT_WEB_APP_DIR };

export interface WorkspaceOptions {
  database: DatabaseLocation;
  host?: string;
  /** 0 picks a free port. */
  port: number;
  tls?: { certFile: string; keyFile: string };
  /** Where people reach it when that is not host:port (a reverse proxy). */
  publicUrl?: string;
  oidc?: OidcSettings | null;
  maxBodyBytes?: number;
  /** Name and owner of the organization created on first start. */
  organizationName?: string;
  ownerEmail?: string;
  webAppDir?: string;
  /** Run the retention job (off in tests that drive it themselves). */
  retentionJob?: boolean;
  log?: (line: string) => void;
}

export interface RunningWorkspace {
  url: string;
  port: number;
  database: ScopedDatabase;
  config: WorkspaceConfig;
  app: Hono;
  /** The first start's owner sign-in link (null on later starts). */
  ownerSignInLink: string | null;
  close(): Promise<void>;
}

/**
 * Start the workspace: open and migrate the database, listen, create the first organization on
 * a first start, and print the two lines scripts wait for (the owner's link, then "ready").
 */
export async function startWorkspace(options: WorkspaceOptions): Promise<RunningWorkspace> {
  const log = options.log ?? ((line: string) => console.log(line));
  const host = options.host ?? '127.0.0.1';
  const database = await openWorkspaceDatabase(options.database);
  let app: Hono | null = null;
  const server = createAdaptorServer({
    fetch: (request, env) => (app ? app.fetch(request, env) : new Response('The workspace is starting.', { status: 503 })),
    ...(options.tls
      ? { createServer: createHttpsServer, serverOptions: { cert: readFileSync(options.tls.certFile), key: readFileSync(options.tls.keyFile) } }
      : {}),
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, host, () => resolve());
    });
  } catch (error) {
    await database.close();
    throw new Error(`Cannot listen on ${host}:${options.port}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const port = (server.address() as AddressInfo).port;
  const url = `${options.tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const publicOrigin = new URL(options.publicUrl ?? url).origin;
  const config: WorkspaceConfig = {
    publicOrigin,
    secureCookies: publicOrigin.startsWith('https:'),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    oidc: options.oidc ?? null,
    webAppDir: options.webAppDir ?? DEFAULT_WEB_APP_DIR,
  };
  app = createWorkspaceApp(database, config).app;
  const first = await createFirstOrganization(database, options.organizationName ?? 'My organization', {
    email: options.ownerEmail ?? 'owner@localhost',
    displayName: 'Owner',
  });
  const ownerSignInLink = first ? signInUrl(config, first.ownerSignInSecret) : null;
  if (ownerSignInLink) log(`Owner sign-in link (one-time, valid until ${first!.expiresAt}): ${ownerSignInLink}`);
  const stopRetention = options.retentionJob === false ? () => {} : startRetentionJob(database, (error) => console.error('Retention job failed:', error));
  log(`Workspace ready at ${url}`);
  return {
    url,
    port,
    database,
    config,
    app,
    ownerSignInLink,
    async close() {
      stopRetention();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
