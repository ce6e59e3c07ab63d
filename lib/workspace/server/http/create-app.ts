import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { ScopedDatabase } from '../database/scoped-database';
import { AUDIT_ENDPOINTS } from '../routes/audit-routes';
import { DASHBOARD_ENDPOINTS } from '../routes/dashboard-routes';
import { MASTER_ENDPOINTS } from '../routes/master-routes';
import { MEMBER_ENDPOINTS } from '../routes/member-routes';
import { ORGANIZATION_ENDPOINTS } from '../routes/organization-routes';
import { SCAN_ENDPOINTS } from '../routes/scan-routes';
import { SESSION_ENDPOINTS } from '../routes/session-routes';
import { ssoEndpoints, ssoRedirectUri } from '../routes/sso-routes';
import { TOKEN_ENDPOINTS } from '../routes/token-routes';
import { OidcSignIn } from '../sso/oidc-sign-in';
import type { WorkspaceConfig } from '../workspace-config';
import type { Endpoint } from './endpoint';
import { OPENAPI_PATH, openApiDocument } from './openapi-document';
import { registerEndpoints } from './register-endpoints';
import { serveWebApp } from './web-app-route';

/** Every endpoint of the API, in the order the OpenAPI document lists them. */
export function workspaceEndpoints(signIn: OidcSignIn | null): Endpoint[] {
  return [
    ...SESSION_ENDPOINTS,
    ...ssoEndpoints(signIn),
    ...SCAN_ENDPOINTS,
    ...DASHBOARD_ENDPOINTS,
    ...MASTER_ENDPOINTS,
    ...MEMBER_ENDPOINTS,
    ...TOKEN_ENDPOINTS,
    ...AUDIT_ENDPOINTS,
    ...ORGANIZATION_ENDPOINTS,
  ];
}

/** The workspace's HTTP application: API, OpenAPI document and web app, with security headers on every answer. */
export function createWorkspaceApp(database: ScopedDatabase, config: WorkspaceConfig): { app: Hono; endpoints: Endpoint[] } {
  const signIn = config.oidc ? new OidcSignIn(config.oidc, ssoRedirectUri(config)) : null;
  const endpoints = workspaceEndpoints(signIn);
  const app = new Hono();
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
      strictTransportSecurity: config.secureCookies ? 'max-age=31536000' : false,
      referrerPolicy: 'no-referrer',
    }),
  );
  app.get(OPENAPI_PATH, (http) => http.json(openApiDocument(endpoints, config.publicOrigin)));
  registerEndpoints(app, endpoints, database, config);
  serveWebApp(app, config.webAppDir);
  return { app, endpoints };
}
