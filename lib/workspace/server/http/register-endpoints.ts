import type { Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { roleMay } from '../../api/roles';
import type { ScopedDatabase } from '../database/scoped-database';
import { recordAudit } from '../stores/audit-store';
import type { WorkspaceConfig } from '../workspace-config';
import { authenticate } from './authenticate';
import { checkCsrf, checkOrigin } from './csrf-check';
import type { Endpoint, EndpointContext } from './endpoint';
import { HttpError } from './http-error';
import { csvBody, jsonBody, queryInput } from './request-input';

export function errorResponse(http: Context, error: unknown): Response {
  if (error instanceof HttpError) return http.json(error.body(), error.status);
  console.error('Workspace request failed:', error);
  return http.json({ error: { code: 'internal', message: 'The workspace server failed to answer this request; the reason is in its log.' } }, 500);
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

/**
 * Mount the declared endpoints: every request is authenticated, its permission checked, its
 * CSRF token checked, and its body and query parsed against the declared schemas before the
 * handler runs, so no handler can forget one of them.
 */
export function registerEndpoints(app: Hono, endpoints: readonly Endpoint[], database: ScopedDatabase, config: WorkspaceConfig): void {
  const limit = bodyLimit({
    maxSize: config.maxBodyBytes,
    onError: (http) =>
      errorResponse(http, new HttpError(413, 'body-too-large', `The request body is larger than the workspace's limit of ${sizeText(config.maxBodyBytes)} (--max-body-mb).`)),
  });
  for (const endpoint of endpoints) {
    app.on(endpoint.method.toUpperCase(), endpoint.path, limit, async (http) => {
      try {
        const base: EndpointContext<unknown, unknown> = {
          http,
          config,
          database,
          params: http.req.param() as Record<string, string>,
          query: undefined,
          body: undefined,
          text: '',
        };
        if (endpoint.access === 'public') {
          checkOrigin(http, config);
          return await endpoint.handle(await withBody(base, endpoint));
        }
        const caller = await authenticate(http, database, endpoint.uploadToken === true);
        // The origin says nothing about a request carrying an upload token: no browser sends one on
        // its own (a cross-origin page would need a CORS preflight this server never allows), and the
        // browser extension's worker sends it with its own chrome-extension:// origin.
        if (caller.via.kind === 'session') checkOrigin(http, config);
        if (endpoint.access !== 'signed-in' && !roleMay(caller.member.role, endpoint.access)) {
          throw new HttpError(403, 'forbidden', `Your role (${caller.member.role}) may not do this: it needs the "${endpoint.access}" permission. Ask an admin of your organization.`);
        }
        checkCsrf(http, caller);
        const context = await withBody(base, endpoint);
        return await endpoint.handle({
          ...context,
          caller,
          inOrganization: (work) => database.forOrganization(caller.organizationId, work),
          audit: (client, record) => recordAudit(client, caller.organizationId, caller.actor, record),
        });
      } catch (error) {
        return errorResponse(http, error);
      }
    });
  }
}

/** Query and body are read only after authentication: without credentials the answer is 401, whatever was sent. */
async function withBody(context: EndpointContext<unknown, unknown>, endpoint: Endpoint): Promise<EndpointContext<unknown, unknown>> {
  if (endpoint.query) context = { ...context, query: queryInput(context.http, endpoint.query) };
  if (endpoint.body) return { ...context, body: await jsonBody(context.http, endpoint.body) };
  if (endpoint.csvBody) return { ...context, text: await csvBody(context.http) };
  return context;
}
