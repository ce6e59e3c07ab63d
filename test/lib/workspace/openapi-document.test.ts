import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../support/workspace/api-client';
import { WORKSPACE_START_MS, WORKSPACE_TEST_MS } from '../../support/workspace/test-database';
import { type TestWorkspace, openTestWorkspace } from '../../support/workspace/test-workspace';

describe('the OpenAPI document at /api/openapi.json', { timeout: WORKSPACE_TEST_MS }, () => {
  let workspace: TestWorkspace;
  let document: any;

  beforeAll(async () => {
    workspace = await openTestWorkspace('pglite');
    document = (await new ApiClient(workspace.app).get('/api/openapi.json')).body;
  }, WORKSPACE_START_MS);
  afterAll(() => workspace?.close());

  it('is an OpenAPI 3 document of a versioned API', () => {
    expect(document.openapi).toMatch(/^3\.0\./);
    expect(document.info.version).toMatch(/^1\./);
    expect(Object.keys(document.paths).every((path) => path.startsWith('/api/v1/'))).toBe(true);
  });

  it('documents every API route the server answers, and nothing it does not', () => {
    const served = workspace.app.routes
      .filter((route) => route.path.startsWith('/api/') && route.path !== '/api/openapi.json' && route.method !== 'ALL')
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(document.paths as Record<string, object>).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect(new Set(documented)).toEqual(new Set(served));
    expect(served.length).toBeGreaterThan(25);
  });

  it('gives every operation a summary, its permission, its parameters and its answers', () => {
    for (const [path, operations] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const where = `${method} ${path}`;
        expect(operation.summary, where).toBeTruthy();
        expect(operation['x-permission'], where).toBeTruthy();
        expect(Object.keys(operation.responses).length, where).toBeGreaterThan(0);
        for (const name of path.match(/\{(\w+)\}/g) ?? []) {
          expect(operation.parameters.map((p: { name: string }) => `{${p.name}}`), where).toContain(name);
        }
        if (operation['x-permission'] !== 'public') expect(operation.responses['401'], where).toBeDefined();
        if (['post', 'patch'].includes(method) && operation.requestBody?.content['application/json']) {
          const body = operation.requestBody.content['application/json'].schema;
          // Unknown fields are refused, and the document says so.
          expect(body.additionalProperties, where).toBe(false);
        }
      }
    }
  });

  it('describes the upload body as the issues@1 export in its envelope', () => {
    const upload = document.paths['/api/v1/scans'].post;
    const schema = upload.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(expect.arrayContaining(['scanId', 'importerProfile', 'report']));
    expect(schema.properties.report.properties.format.enum ?? [schema.properties.report.properties.format.const]).toContain('customs-preflight/issues@1');
    expect(upload.security).toContainEqual({ uploadToken: [] });
    expect(Object.keys(upload.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409', '413']));
  });
});
