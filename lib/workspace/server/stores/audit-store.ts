import type { AuditAction, AuditEvent } from '../../api/audit';
import type { SqlClient } from '../database/sql-client';
import { isoTime } from './rows';

/** Who did it: a signed-in member, an upload token (on behalf of its member) or the server itself. */
export interface Actor {
  kind: 'member' | 'upload-token' | 'system';
  id: string | null;
  name: string | null;
}
export const SYSTEM_ACTOR: Actor = { kind: 'system', id: null, name: 'workspace server' };

export interface AuditRecord {
  action: AuditAction;
  objectType?: string;
  objectId?: string;
  /** Ids, counts and filter names only: never a catalog value. */
  detail?: Record<string, string | number | boolean | null>;
}

/** Recorded in the same transaction as what it describes: no event without the act, no act without its event. */
export async function recordAudit(client: SqlClient, organizationId: string, actor: Actor, record: AuditRecord): Promise<void> {
  await client.query(
    `INSERT INTO audit_events (organization_id, actor_kind, actor_id, actor_name, action, object_type, object_id, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [organizationId, actor.kind, actor.id, actor.name, record.action, record.objectType ?? null, record.objectId ?? null, JSON.stringify(record.detail ?? {})],
  );
}

interface AuditRow {
  id: number;
  at: Date;
  actor_kind: AuditEvent['actor']['kind'];
  actor_id: string | null;
  actor_name: string | null;
  action: AuditAction;
  object_type: string | null;
  object_id: string | null;
  detail: AuditEvent['detail'];
}

export async function listAudit(client: SqlClient, query: { action?: AuditAction; before?: number; limit: number }): Promise<AuditEvent[]> {
  const rows = await client.query<AuditRow>(
    `SELECT id::int AS id, at, actor_kind, actor_id, actor_name, action, object_type, object_id, detail
       FROM audit_events
      WHERE ($1::text IS NULL OR action = $1) AND ($2::bigint IS NULL OR id < $2)
      ORDER BY id DESC LIMIT $3`,
    [query.action ?? null, query.before ?? null, query.limit],
  );
  return rows.map((row) => ({
    id: row.id,
    at: isoTime(row.at),
    actor: { kind: row.actor_kind, id: row.actor_id, name: row.actor_name },
    action: row.action,
    objectType: row.object_type,
    objectId: row.object_id,
    detail: row.detail,
  }));
}
