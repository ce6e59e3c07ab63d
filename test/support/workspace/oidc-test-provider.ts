import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider (the oidc-provider library) on 127.0.0.1, with its development
 * login and consent pages: any login name signs in as the account of that name, whose email
 * is `<name>@<emailDomain>`, verified.
 */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

export async function startTestProvider(redirectUri: string, emailDomain: string): Promise<TestProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'customs-preflight-workspace';
  const clientSecret = 'a-test-client-secret-that-is-long-enough';
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: async (_context, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: `${id}@${emailDomain}`, email_verified: true }),
    }),
    features: { devInteractions: { enabled: true } },
  });
  // The development pages warn on every start; they are exactly what a test needs.
  provider.on('server_error', (_context, error) => console.error('test OIDC provider:', error));
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A browser's cookie jar for one site, enough for the provider's interaction cookies. */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Do what a person does at the provider: follow its redirects, fill the login form with
 * `login`, press Continue on the consent page, until the provider sends the browser back to
 * the relying party. Returns that address.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, issuer: string): Promise<string> {
  const jar = new CookieJar();
  let url = authorizationUrl;
  let form: URLSearchParams | null = null;
  for (let step = 0; step < 20; step++) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ?? undefined,
    });
    jar.store(response);
    form = null;
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      if (!url.startsWith(issuer)) return url;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`The provider answered ${response.status} without a form or redirect: ${html.slice(0, 300)}`);
    form = new URLSearchParams();
    for (const input of html.matchAll(/<input([^>]*)>/g)) {
      const name = /name="([^"]+)"/.exec(input[1]!)?.[1];
      if (!name) continue;
      const value = /value="([^"]*)"/.exec(input[1]!)?.[1] ?? '';
      form.set(name, name === 'login' ? login : name === 'password' ? 'any password' : value);
    }
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
  }
  throw new Error('The provider did not send the browser back within 20 steps.');
}
