import type { z } from 'zod';
import type { Jurisdiction } from '../../core/model/jurisdiction';
import { apiErrorSchema } from '../api/api-error';
import { type MasterEntry, masterListSchema } from '../api/master';
import { type ScanUpload, scanUploadResultSchema } from '../api/scan-upload';

/**
 * Why a request to the workspace did not succeed, as the sync queue acts on it: `token` (401/403:
 * the token was revoked or lacks the right; retrying cannot help), `refused` (the workspace read the
 * request and said no, 4xx: retrying the same upload cannot help), `unreachable` (network, 5xx,
 * 429, an answer that is not the API's: try again later).
 */
export type WorkspaceFailureKind = 'token' | 'refused' | 'unreachable';

export class WorkspaceRequestError extends Error {
  constructor(
    readonly kind: WorkspaceFailureKind,
    message: string,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'WorkspaceRequestError';
  }
}

export interface SentScan {
  scanId: string;
  /** false: the workspace already had this scan (a retry after a lost answer); nothing stored twice. */
  created: boolean;
  /** true: the workspace held an earlier check of this scan (same id, re-checked here) and replaced it. */
  replaced: boolean;
}

/** `fetch` as the caller has it: the service worker's, Node's, or a test's. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Master entries fetched per request; the API's largest page. */
const MASTER_PAGE = 1000;

/**
 * The two requests a client makes with an upload token: send a scan, read the approved
 * classifications. Answers are parsed with the API's own schemas (lib/workspace/api).
 */
export class WorkspaceClient {
  constructor(
    readonly origin: string,
    private readonly token: string,
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {}

  async sendScan(upload: ScanUpload): Promise<SentScan> {
    const body = await this.request('/api/v1/scans', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(upload) }, scanUploadResultSchema);
    return { scanId: body.scanId, created: body.created, replaced: body.replaced };
  }

  async approvedClassifications(jurisdiction: Jurisdiction): Promise<MasterEntry[]> {
    const entries: MasterEntry[] = [];
    for (let offset = 0; ; offset += MASTER_PAGE) {
      const page = await this.request(`/api/v1/master?jurisdiction=${jurisdiction}&limit=${MASTER_PAGE}&offset=${offset}`, { method: 'GET' }, masterListSchema);
      entries.push(...page.entries);
      if (page.entries.length < MASTER_PAGE || entries.length >= page.total) return entries;
    }
  }

  private async request<S extends z.ZodType>(path: string, init: RequestInit, schema: S): Promise<z.output<S>> {
    let response: Response;
    try {
      // No cookies, no referrer: the token is the only credential, and the catalog page is nobody's business.
      response = await this.fetchImpl(`${this.origin}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${this.token}`, accept: 'application/json' },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
    } catch (error) {
      throw new WorkspaceRequestError('unreachable', `The workspace at ${this.origin} could not be reached (${error instanceof Error ? error.message : String(error)}).`);
    }
    const text = await response.text().catch(() => '');
    const json = parseJson(text);
    if (response.ok) {
      const parsed = schema.safeParse(json);
      if (parsed.success) return parsed.data;
      throw new WorkspaceRequestError('unreachable', `${this.origin} answered ${path} with something that is not the workspace API (is the address right?).`, response.status);
    }
    const apiError = apiErrorSchema.safeParse(json);
    const said = apiError.success ? apiError.data.error.message : `HTTP ${response.status}`;
    if (response.status === 401 || response.status === 403) {
      throw new WorkspaceRequestError('token', `The workspace refused the upload token: ${said} Create a new token in the workspace (Members and tokens) and enter it again.`, response.status);
    }
    if (response.status === 429 || response.status >= 500 || !apiError.success) {
      throw new WorkspaceRequestError('unreachable', `The workspace at ${this.origin} is not answering normally (${said}).`, response.status);
    }
    throw new WorkspaceRequestError('refused', `The workspace refused ${init.method} ${path}: ${said}`, response.status);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
