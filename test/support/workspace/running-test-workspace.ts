import { type RunningWorkspace, startWorkspace } from '../../../lib/workspace/server/start-workspace';
import { ApiClient } from './api-client';

export interface TestWorkspaceServer {
  workspace: RunningWorkspace;
  /** The owner, signed in through the first start's link, as the web app would be. */
  owner: ApiClient;
  /** A new upload token's secret, as a member creates it for the extension or CI. */
  newUploadToken(name?: string): Promise<{ id: string; secret: string }>;
  revokeUploadToken(id: string): Promise<void>;
  /** How many scans the workspace holds: "exactly once" is counted here, on the server. */
  scanCount(): Promise<number>;
}

/**
 * A real workspace server listening on 127.0.0.1 (embedded PostgreSQL in memory), for clients that
 * must talk to it over HTTP: the command line's --push and the extension's sync.
 */
export async function startTestWorkspaceServer(port = 0): Promise<TestWorkspaceServer> {
  const workspace = await startWorkspace({ database: { kind: 'pglite', dataDir: undefined }, port, retentionJob: false, organizationName: 'Sync Customs', log: () => {} });
  const owner = await new ApiClient(workspace.app).signIn(workspace.ownerSignInLink!);
  let tokens = 0;
  return {
    workspace,
    owner,
    async newUploadToken(name = `sync test ${++tokens}`) {
      const created = await owner.post('/api/v1/tokens', { name });
      if (created.status !== 201) throw new Error(`creating an upload token failed: ${JSON.stringify(created.body)}`);
      return { id: created.body.token.id as string, secret: created.body.secret as string };
    },
    async revokeUploadToken(id) {
      const answer = await owner.json('DELETE', `/api/v1/tokens/${id}`);
      if (answer.status !== 204) throw new Error(`revoking the token failed: ${answer.status}`);
    },
    async scanCount() {
      return (await owner.get('/api/v1/scans?limit=1')).body.total as number;
    },
  };
}
