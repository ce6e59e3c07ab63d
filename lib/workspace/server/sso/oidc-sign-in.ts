import * as oidc from 'openid-client';
import type { OidcSettings } from '../workspace-config';

/** How long a person may take at the identity provider before the sign-in must start over. */
const PENDING_MINUTES = 10;

interface Pending {
  codeVerifier: string;
  nonce: string;
  expiresAt: number;
}

/** What the identity provider vouched for, once its ID token was checked. */
export interface VerifiedIdentity {
  /** issuer + ' ' + subject: stable for a person at one provider. */
  identity: string;
  /** Only when the provider says it verified the address. */
  verifiedEmail: string | null;
}

/**
 * OpenID Connect sign-in (authorization code flow with PKCE, state and nonce) through
 * openid-client, the certified relying-party library. The provider's metadata is discovered on
 * first use, so the workspace starts even while the provider is unreachable.
 */
export class OidcSignIn {
  private configuration: Promise<oidc.Configuration> | null = null;
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly settings: OidcSettings,
    private readonly redirectUri: string,
  ) {}

  private discover(): Promise<oidc.Configuration> {
    if (!this.configuration) {
      const issuer = new URL(this.settings.issuer);
      // Plain http only for a provider on this machine (tests, a local provider); anything else must be https.
      const local = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
      this.configuration = oidc
        .discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, local ? { execute: [oidc.allowInsecureRequests] } : undefined)
        .catch((error: unknown) => {
          this.configuration = null;
          throw new Error(`The identity provider ${this.settings.issuer} could not be reached: ${error instanceof Error ? error.message : String(error)}`);
        });
    }
    return this.configuration;
  }

  /** The provider's sign-in address, and the state that must come back with the person. */
  async start(): Promise<{ url: string; state: string }> {
    const configuration = await this.discover();
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const nonce = oidc.randomNonce();
    this.forgetExpired();
    this.pending.set(state, { codeVerifier, nonce, expiresAt: Date.now() + PENDING_MINUTES * 60_000 });
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state };
  }

  /** Check the provider's answer (state bound to this browser's cookie) and read who signed in. */
  async finish(callbackUrl: URL, browserState: string | undefined): Promise<VerifiedIdentity> {
    const state = callbackUrl.searchParams.get('state') ?? '';
    const pending = this.pending.get(state);
    this.pending.delete(state);
    if (!pending || pending.expiresAt < Date.now() || browserState !== state) {
      throw new Error('This single sign-on answer does not belong to a sign-in started in this browser in the last 10 minutes. Start again.');
    }
    const configuration = await this.discover();
    const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims()!;
    // Conformant providers put scope claims (email) in the UserInfo answer rather than the ID
    // token of a code flow; ask there when the ID token has none. fetchUserInfo checks its sub.
    const profile = typeof claims.email === 'string' ? claims : await oidc.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    const email = typeof profile.email === 'string' && profile.email_verified === true ? profile.email.toLowerCase() : null;
    return { identity: `${claims.iss} ${claims.sub}`, verifiedEmail: email };
  }

  private forgetExpired(): void {
    const now = Date.now();
    for (const [state, pending] of this.pending) if (pending.expiresAt < now) this.pending.delete(state);
  }
}
