import type { Hono } from 'hono';

/**
 * Talks to the workspace app the way its web page does (session cookie, CSRF header) or the way
 * an extension or CI does (upload token), through Hono's in-process request(): real routing,
 * middleware and database, no sockets.
 */
export class ApiClient {
  private cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(
    private readonly app: Hono,
    private readonly bearer: string | null = null,
  ) {}

  static withToken(app: Hono, secret: string): ApiClient {
    return new ApiClient(app, secret);
  }

  /** Sign in with a sign-in link's secret (or the whole link). */
  async signIn(linkOrSecret: string): Promise<this> {
    const token = linkOrSecret.replace(/^.*#sign-in=/, '');
    const response = await this.send('POST', '/api/v1/auth/sign-in', { json: { token } });
    if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
    this.csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken;
    return this;
  }

  async send(method: string, path: string, options: { json?: unknown; body?: string; type?: string; csrf?: boolean; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && options.csrf !== false && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    let body: string | undefined = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] = 'application/json';
    }
    if (options.type) headers['content-type'] = options.type;
    const response = await this.app.request(path, { method, headers, body });
    const setCookie = response.headers.get('set-cookie');
    const session = setCookie ? /cp_workspace_session=([^;]*)/.exec(setCookie) : null;
    if (session) this.cookie = session[1] ? `cp_workspace_session=${session[1]}` : null;
    return response;
  }

  async json<T = any>(method: string, path: string, options: Parameters<ApiClient['send']>[2] = {}): Promise<{ status: number; body: T }> {
    const response = await this.send(method, path, options);
    const json = (response.headers.get('content-type') ?? '').includes('application/json');
    const text = await response.text();
    return { status: response.status, body: (json && text ? JSON.parse(text) : null) as T };
  }

  get<T = any>(path: string) {
    return this.json<T>('GET', path);
  }

  post<T = any>(path: string, json?: unknown) {
    return this.json<T>('POST', path, json === undefined ? {} : { json });
  }
}
