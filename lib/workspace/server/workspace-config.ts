/** How this server runs, from the command line or a test; fixed for the server's lifetime. */
export interface WorkspaceConfig {
  /**
   * The address people reach the workspace at (http://127.0.0.1:4300, or https://preflight.example.com
   * behind a reverse proxy): used for sign-in links, the single sign-on redirect and the Origin check.
   */
  publicOrigin: string;
  /** Cookies marked Secure: when serving TLS or behind an https reverse proxy. */
  secureCookies: boolean;
  /** Largest request body accepted, in bytes (scan uploads are the big ones). */
  maxBodyBytes: number;
  /** Single sign-on through an OpenID Connect provider, when configured. */
  oidc: OidcSettings | null;
  /** The built web app (dist/workspace-web). */
  webAppDir: string;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
