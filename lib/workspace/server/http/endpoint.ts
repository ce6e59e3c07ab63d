import type { Context } from 'hono';
import type { z } from 'zod';
import type { Permission } from '../../api/roles';
import type { ScopedDatabase } from '../database/scoped-database';
import type { SqlClient } from '../database/sql-client';
import type { Actor, AuditRecord } from '../stores/audit-store';
import type { MemberRecord } from '../stores/members-store';
import type { WorkspaceConfig } from '../workspace-config';

/** Who is calling, once authenticated: a member through a browser session or an upload token. */
export interface Caller {
  organizationId: string;
  member: MemberRecord;
  via: { kind: 'session'; sessionId: string; csrfToken: string } | { kind: 'upload-token'; tokenId: string };
  actor: Actor;
}

export interface EndpointContext<Body, Query> {
  http: Context;
  config: WorkspaceConfig;
  database: ScopedDatabase;
  body: Body;
  /** The body as text, for CSV bodies ('' otherwise). */
  text: string;
  query: Query;
  /** The path parameters, by the names in the endpoint's path. */
  params: Record<string, string>;
}

export interface MemberContext<Body, Query> extends EndpointContext<Body, Query> {
  caller: Caller;
  /** A transaction scoped to the caller's organization. */
  inOrganization<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  audit(client: SqlClient, record: AuditRecord): Promise<void>;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Schema = z.ZodType;
type Parsed<S> = S extends Schema ? z.output<S> : undefined;

interface EndpointBase<B extends Schema | undefined, Q extends Schema | undefined> {
  method: Method;
  /** Hono path syntax: /api/v1/scans/:scanId */
  path: string;
  summary: string;
  tag: string;
  /** The JSON body's schema. */
  body?: B;
  /** The body is CSV text instead (handed over as `text`). */
  csvBody?: boolean;
  query?: Q;
  /** The JSON answer's schema, or what else the answer is. */
  response: Schema | { kind: 'zip' | 'redirect' | 'no-content' };
  /** Status codes this endpoint may answer with beside 200 and the common errors. */
  statuses?: Record<number, string>;
}

export interface PublicEndpoint<B extends Schema | undefined, Q extends Schema | undefined> extends EndpointBase<B, Q> {
  access: 'public';
  handle(context: EndpointContext<Parsed<B>, Parsed<Q>>): Promise<Response>;
}

export interface ProtectedEndpoint<B extends Schema | undefined, Q extends Schema | undefined> extends EndpointBase<B, Q> {
  /** The permission the caller's role needs ('signed-in': any member). */
  access: Permission | 'signed-in';
  /** Upload tokens may call this endpoint (the only one they may call is the scan upload). */
  uploadToken?: boolean;
  handle(context: MemberContext<Parsed<B>, Parsed<Q>>): Promise<Response>;
}

// `any`: a list holds endpoints of different body and query types; each was checked where it was declared.
export type Endpoint = PublicEndpoint<any, any> | ProtectedEndpoint<any, any>;

/** Declares an endpoint with its types checked; the declaration is what the router and the OpenAPI document read. */
export function protectedEndpoint<B extends Schema | undefined = undefined, Q extends Schema | undefined = undefined>(endpoint: ProtectedEndpoint<B, Q>): Endpoint {
  return endpoint as Endpoint;
}

export function publicEndpoint<B extends Schema | undefined = undefined, Q extends Schema | undefined = undefined>(endpoint: PublicEndpoint<B, Q>): Endpoint {
  return endpoint as Endpoint;
}
