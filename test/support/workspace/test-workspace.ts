import type { Hono } from 'hono';
import { openWorkspaceDatabase } from '../../../lib/workspace/server/database/open-database';
import type { ScopedDatabase } from '../../../lib/workspace/server/database/scoped-database';
import { createWorkspaceApp } from '../../../lib/workspace/server/http/create-app';
import { signInUrl } from '../../../lib/workspace/server/routes/sign-in-url';
import { createOrganization } from '../../../lib/workspace/server/stores/organizations-store';
import type { WorkspaceConfig } from '../../../lib/workspace/server/workspace-config';
import { ApiClient } from './api-client';
import { type Backend, type TestDatabase, freshDatabase } from './test-database';

export interface TestWorkspace {
  app: Hono;
  database: ScopedDatabase;
  config: WorkspaceConfig;
  testDatabase: TestDatabase;
  /** A new organization with its owner signed in. */
  organization(name: string): Promise<TestOrganization>;
  close(): Promise<void>;
}

export interface TestOrganization {
  id: string;
  ownerId: string;
  owner: ApiClient;
  /** Add a member with a role and sign them in. */
  member(role: 'owner' | 'admin' | 'filer' | 'viewer', email?: string): Promise<{ id: string; client: ApiClient }>;
  /** An upload token of the owner, as an extension or CI would hold it. */
  uploader(): Promise<ApiClient>;
}

export async function openTestWorkspace(backend: Backend, overrides: Partial<WorkspaceConfig> = {}): Promise<TestWorkspace> {
  const testDatabase = await freshDatabase(backend);
  const database = await openWorkspaceDatabase(testDatabase.location);
  const config: WorkspaceConfig = {
    publicOrigin: 'http://127.0.0.1:4300',
    secureCookies: false,
    maxBodyBytes: 16 * 1024 * 1024,
    oidc: null,
    webAppDir: '/nonexistent',
    ...overrides,
  };
  const { app } = createWorkspaceApp(database, config);
  let count = 0;
  return {
    app,
    database,
    config,
    testDatabase,
    async organization(name) {
      const created = await createOrganization(database, name, { email: `owner@${name.toLowerCase().replace(/\W+/g, '-')}.test`, displayName: `${name} owner` });
      const owner = await new ApiClient(app).signIn(signInUrl(config, created.ownerSignInSecret));
      return {
        id: created.organizationId,
        ownerId: created.ownerId,
        owner,
        async member(role, email = `${role}${++count}@${name.toLowerCase().replace(/\W+/g, '-')}.test`) {
          const added = await owner.post('/api/v1/members', { email, displayName: `${role} ${count}`, role });
          if (added.status !== 201) throw new Error(`adding a member failed: ${JSON.stringify(added.body)}`);
          const link = await owner.post(`/api/v1/members/${added.body.id}/sign-in-link`);
          return { id: added.body.id as string, client: await new ApiClient(app).signIn(link.body.link) };
        },
        async uploader() {
          const created = await owner.post('/api/v1/tokens', { name: `token ${++count}` });
          return ApiClient.withToken(app, created.body.secret);
        },
      };
    },
    async close() {
      await database.close();
      await testDatabase.drop();
    },
  };
}
