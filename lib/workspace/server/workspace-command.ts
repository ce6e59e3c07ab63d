import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DatabaseLocation } from './database/open-database';
import { startWorkspace } from './start-workspace';

export const WORKSPACE_USAGE = `Usage: customs-preflight workspace [options]

Serves the team workspace (API and web app) on 127.0.0.1.

  --port N                 port to listen on (default 4300; 0 picks a free one)
  --host ADDRESS           address to listen on (default 127.0.0.1; keep it behind a reverse proxy)
  --data DIR               folder of the embedded PostgreSQL (default ./customs-preflight-workspace)
  --database-url URL       a real PostgreSQL server instead (or DATABASE_URL); the role must own
                           the schema and be allowed to create the customs_preflight_app role
  --tls-cert FILE --tls-key FILE   serve https with this certificate and key
  --public-url URL         the address people use, when a reverse proxy serves it (https://…)
  --oidc-issuer URL        single sign-on through this OpenID Connect provider, with
  --oidc-client-id ID      (or WORKSPACE_OIDC_ISSUER, WORKSPACE_OIDC_CLIENT_ID and
                           WORKSPACE_OIDC_CLIENT_SECRET; the secret only from the environment)
  --max-body-mb N          largest request body (default 16)
  --organization NAME      name of the organization created on first start
  --owner-email EMAIL      its owner's email (matched by single sign-on)
`;

export class UsageError extends Error {}

/** The options of `customs-preflight workspace`, read from the arguments and the environment. */
export function workspaceOptions(args: string[], env: NodeJS.ProcessEnv) {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'database-url': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      'public-url': { type: 'string' },
      'oidc-issuer': { type: 'string' },
      'oidc-client-id': { type: 'string' },
      'max-body-mb': { type: 'string' },
      organization: { type: 'string' },
      'owner-email': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const port = Number(values.port ?? env.WORKSPACE_PORT ?? 4300);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number (0–65535), not "${values.port}".`);
  const maxBodyMb = Number(values['max-body-mb'] ?? 16);
  if (!(maxBodyMb > 0)) throw new UsageError(`--max-body-mb must be a positive number of megabytes, not "${values['max-body-mb']}".`);
  if ((values['tls-cert'] === undefined) !== (values['tls-key'] === undefined)) throw new UsageError('--tls-cert and --tls-key go together.');
  const databaseUrl = values['database-url'] ?? env.DATABASE_URL;
  if (databaseUrl && values.data) throw new UsageError('Give --data (embedded database) or --database-url (PostgreSQL server), not both.');
  const database: DatabaseLocation = databaseUrl
    ? { kind: 'postgres', url: databaseUrl }
    : { kind: 'pglite', dataDir: resolve(values.data ?? 'customs-preflight-workspace') };
  const issuer = values['oidc-issuer'] ?? env.WORKSPACE_OIDC_ISSUER;
  const clientId = values['oidc-client-id'] ?? env.WORKSPACE_OIDC_CLIENT_ID;
  const clientSecret = env.WORKSPACE_OIDC_CLIENT_SECRET;
  if (issuer && (!clientId || !clientSecret)) {
    throw new UsageError('Single sign-on needs --oidc-client-id and WORKSPACE_OIDC_CLIENT_SECRET (in the environment, so it stays out of process lists) beside --oidc-issuer.');
  }
  return {
    help: values.help === true,
    options: {
      database,
      port,
      host: values.host,
      tls: values['tls-cert'] && values['tls-key'] ? { certFile: values['tls-cert'], keyFile: values['tls-key'] } : undefined,
      publicUrl: values['public-url'],
      oidc: issuer && clientId && clientSecret ? { issuer, clientId, clientSecret } : null,
      maxBodyBytes: Math.round(maxBodyMb * 1024 * 1024),
      organizationName: values.organization,
      ownerEmail: values['owner-email'],
    },
  };
}

/** `customs-preflight workspace …`: runs until SIGINT/SIGTERM, then closes the database cleanly. */
export async function runWorkspaceCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = workspaceOptions(args, process.env);
  } catch (error) {
    process.stderr.write(`customs-preflight workspace: ${error instanceof Error ? error.message : String(error)}\n\n${WORKSPACE_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(WORKSPACE_USAGE);
    return 0;
  }
  if (parsed.options.database.kind === 'pglite' && parsed.options.database.dataDir) mkdirSync(parsed.options.database.dataDir, { recursive: true });
  try {
    const workspace = await startWorkspace(parsed.options);
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
    });
    await workspace.close();
    return 0;
  } catch (error) {
    process.stderr.write(`customs-preflight workspace: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
