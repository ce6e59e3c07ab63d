import type { z } from 'zod';
import { apiErrorSchema } from '../api/api-error';

/** An answer of the API other than success, with the server's message for the person. */
export class WorkspaceApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The web app's only door to the server: same-origin requests with the session cookie, the CSRF
 * token on every state-changing request, answers parsed with the API's own schemas.
 */
export class WorkspaceApi {
  csrfToken: string | null = null;

  async request<S extends z.ZodType>(method: string, path: string, schema: S | null, body?: { json?: unknown; csv?: string }): Promise<z.output<S>> {
    const headers: Record<string, string> = {};
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let payload: string | undefined;
    if (body?.json !== undefined) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body.json);
    } else if (body?.csv !== undefined) {
      headers['content-type'] = 'text/csv';
      payload = body.csv;
    }
    const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
    if (!response.ok) {
      const problem = apiErrorSchema.safeParse(await response.json().catch(() => null));
      throw problem.success
        ? new WorkspaceApiError(response.status, problem.data.error.code, problem.data.error.message)
        : new WorkspaceApiError(response.status, 'unexpected', `The workspace answered ${response.status} ${response.statusText}.`);
    }
    if (schema === null || response.status === 204) return undefined as z.output<S>;
    return schema.parse(await response.json());
  }

  get<S extends z.ZodType>(path: string, schema: S) {
    return this.request('GET', path, schema);
  }
  send<S extends z.ZodType>(method: 'POST' | 'PATCH' | 'DELETE', path: string, schema: S | null, json?: unknown) {
    return this.request(method, path, schema, json === undefined ? undefined : { json });
  }
}

/** A query string of the filters that are set. */
export function queryOf(filters: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const workspaceApi = new WorkspaceApi();
