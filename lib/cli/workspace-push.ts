import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ClassificationMaster } from '../core/master/classification-master';
import type { Jurisdiction } from '../core/model/jurisdiction';
import type { RawTable } from '../core/read/raw-table';
import type { ValidationReport } from '../core/validate';
import { buildScanUpload } from '../workspace/api/build-scan-upload';
import { checkWorkspaceAddress, scanPageUrl } from '../workspace/client/workspace-address';
import { type Fetch, WorkspaceClient, WorkspaceRequestError } from '../workspace/client/workspace-client';
import { masterOfWorkspace } from '../workspace/client/workspace-master';
import { PushSetupError, TOKEN_VARIABLE } from './push-setup';

/** Attempts of one push before it counts as failed: a CI job should not wait a day, but a blip passes. */
const ATTEMPTS = 3;
const FIRST_WAIT_MS = 500;

export interface PushTarget {
  client: WorkspaceClient;
  importerProfile: string;
}

/**
 * The workspace to push to, from --push, --token-file or the environment, checked before the
 * catalog is read: a CI job with a missing secret should fail at once, not after a long check.
 */
export function pushTarget(
  options: { push: string; tokenFile?: string; profile?: string },
  env: NodeJS.ProcessEnv,
  fetchImpl?: Fetch,
): PushTarget {
  const address = checkWorkspaceAddress(options.push);
  if (!address.ok) throw new PushSetupError(`--push: ${address.problem}`);
  let token: string | undefined;
  if (options.tokenFile !== undefined) {
    try {
      token = readFileSync(options.tokenFile, 'utf8').trim();
    } catch (error) {
      throw new PushSetupError(`--token-file ${options.tokenFile} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
    if (token === '') throw new PushSetupError(`--token-file ${options.tokenFile} is empty; it must hold the upload token.`);
  } else {
    token = env[TOKEN_VARIABLE]?.trim();
    if (!token) throw new PushSetupError(`--push needs an upload token: set ${TOKEN_VARIABLE} or give --token-file. Create one in the workspace (Members and tokens).`);
  }
  return { client: new WorkspaceClient(address.origin, token, fetchImpl), importerProfile: options.profile?.trim() || 'Command line' };
}

/** The workspace's approved classifications for this check, or why they could not be had. */
export async function workspaceMaster(target: PushTarget, jurisdiction: Jurisdiction): Promise<{ master: ClassificationMaster | null; note: string }> {
  try {
    const entries = await target.client.approvedClassifications(jurisdiction);
    return { master: masterOfWorkspace(target.client.origin, entries), note: '' };
  } catch (error) {
    if (!(error instanceof WorkspaceRequestError)) throw error;
    return { master: null, note: `customs-preflight: checked without the workspace's approved classifications: ${error.message}\n` };
  }
}

export type PushOutcome = { ok: true; line: string } | { ok: false; line: string };

/**
 * Send the checked catalog. One scan id for every attempt, so an answer lost on the way cannot store
 * the scan twice; a refused token or upload is not retried.
 */
export async function pushReport(
  target: PushTarget,
  report: ValidationReport,
  table: RawTable,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<PushOutcome> {
  const upload = buildScanUpload({ scanId: randomUUID(), importerProfile: target.importerProfile, scannedAt: new Date().toISOString(), report, table });
  for (let attempt = 1; ; attempt++) {
    try {
      const sent = await target.client.sendScan(upload);
      return { ok: true, line: `customs-preflight: sent to the workspace: ${scanPageUrl(target.client.origin, sent.scanId)}\n` };
    } catch (error) {
      if (!(error instanceof WorkspaceRequestError)) throw error;
      if (error.kind !== 'unreachable' || attempt >= ATTEMPTS) {
        const tries = error.kind === 'unreachable' ? ` (tried ${attempt} times)` : '';
        return { ok: false, line: `customs-preflight: the push to the workspace failed${tries}: ${error.message}\n` };
      }
      await wait(FIRST_WAIT_MS * 4 ** (attempt - 1));
    }
  }
}
