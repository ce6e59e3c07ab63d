import { z } from 'zod';
import { apiErrorSchema } from '../../api/api-error';
import { PERMISSIONS } from '../../api/roles';
import type { Endpoint } from './endpoint';

/** The API's version; a breaking change gets /api/v2/ beside v1 rather than changing v1. */
export const API_VERSION = '1.0.0';
export const OPENAPI_PATH = '/api/openapi.json';

const COMMON_ERRORS: Record<number, string> = {
  400: 'Malformed JSON, or a body or query that does not match the schema (unknown fields included)',
  401: 'No credentials, or unknown ones',
  403: 'Your role lacks the permission, the CSRF token is missing, or an upload token was used beyond uploads',
  413: 'The body is larger than the server’s limit (16 MiB unless --max-body-mb says otherwise)',
  415: 'The body has the wrong content type',
};

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });
}

function operation(endpoint: Endpoint): Record<string, unknown> {
  const isPublic = endpoint.access === 'public';
  const parameters = [
    ...[...endpoint.path.matchAll(/:(\w+)/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string', format: 'uuid' } })),
    ...Object.entries(
      endpoint.query ? ((jsonSchema(endpoint.query, 'input') as { properties?: Record<string, unknown> }).properties ?? {}) : {},
    ).map(([name, schema]) => ({ name, in: 'query', required: false, schema })),
  ];
  const error = { description: '', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } };
  const responses: Record<string, unknown> = {};
  const response = endpoint.response;
  if (response instanceof z.ZodType) responses['200'] = { description: 'OK', content: { 'application/json': { schema: jsonSchema(response, 'output') } } };
  else if (response.kind === 'zip') responses['200'] = { description: 'A ZIP archive', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } };
  for (const [status, description] of Object.entries({ ...(isPublic ? {} : COMMON_ERRORS), ...(endpoint.body ? { 400: COMMON_ERRORS[400], 413: COMMON_ERRORS[413] } : {}), ...endpoint.statuses })) {
    const success = Number(status) < 400;
    responses[status] = success && responses['200'] ? { ...(responses['200'] as object), description } : success ? { description } : { ...error, description };
  }
  return {
    tags: [endpoint.tag],
    summary: endpoint.summary,
    operationId: `${endpoint.method}${endpoint.path.replace(/^\/api\/v1/, '').replace(/[/:-](\w)/g, (_, c: string) => c.toUpperCase())}`,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(endpoint.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(endpoint.body, 'input') } } } } : {}),
    ...(endpoint.csvBody ? { requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } } } } } : {}),
    responses,
    security: isPublic ? [] : 'uploadToken' in endpoint && endpoint.uploadToken ? [{ session: [] }, { uploadToken: [] }] : [{ session: [] }],
    'x-permission': endpoint.access,
  };
}

/** The OpenAPI 3 document, generated from the same declarations the router mounts, so it cannot drift. */
export function openApiDocument(endpoints: readonly Endpoint[], serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) {
    const path = endpoint.path.replace(/:(\w+)/g, '{$1}');
    (paths[path] ??= {})[endpoint.method] = operation(endpoint);
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Customs Preflight team workspace',
      version: API_VERSION,
      description:
        'Shared scans and an approved-classification master for a team. Every organization’s data is isolated by row-level security in the database. ' +
        'Browser sessions send the X-CSRF-Token header (from GET /api/v1/session) with every state-changing request. ' +
        `Permissions (x-permission): ${Object.entries(PERMISSIONS).map(([name, what]) => `${name}: ${what}`).join('; ')}.`,
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      schemas: { ApiError: jsonSchema(apiErrorSchema, 'output') },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'cp_workspace_session' },
        uploadToken: { type: 'http', scheme: 'bearer', description: 'An upload token (cpw_upload_…): may only upload scans and read the classification master.' },
      },
    },
  };
}
