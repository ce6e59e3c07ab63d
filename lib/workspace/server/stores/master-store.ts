import { randomUUID } from 'node:crypto';
import type { MasterEntry } from '../../api/master';
import type { Jurisdiction } from '../../../core/model/jurisdiction';
import type { SqlClient } from '../database/sql-client';
import type { Classification } from '../../../core/master/classification';
import { isoTime } from './rows';

interface EntryRow {
  id: string;
  jurisdiction: Jurisdiction;
  part_number: string;
  tariff_code: string;
  country_of_origin: string | null;
  unit: string | null;
  approved_by_name: string | null;
  approved_at: Date;
  source_scan_id: string | null;
}

const SELECT_ENTRIES = `SELECT e.id, e.jurisdiction, e.part_number, e.tariff_code, e.country_of_origin, e.unit, m.display_name AS approved_by_name,
  e.approved_at, e.source_scan_id FROM master_entries e LEFT JOIN members m ON m.id = e.approved_by`;

function toEntry(row: EntryRow): MasterEntry {
  return {
    id: row.id,
    jurisdiction: row.jurisdiction,
    partNumber: row.part_number,
    tariffCode: row.tariff_code,
    countryOfOrigin: row.country_of_origin,
    unit: row.unit,
    approvedBy: row.approved_by_name,
    approvedAt: isoTime(row.approved_at),
    sourceScanId: row.source_scan_id,
  };
}

export async function listMaster(
  client: SqlClient,
  query: { jurisdiction?: Jurisdiction; partNumber?: string; limit: number; offset: number },
): Promise<{ entries: MasterEntry[]; total: number }> {
  const where = 'WHERE ($1::text IS NULL OR e.jurisdiction = $1) AND ($2::text IS NULL OR e.part_number = $2)';
  const filters = [query.jurisdiction ?? null, query.partNumber ?? null];
  const rows = await client.query<EntryRow>(`${SELECT_ENTRIES} ${where} ORDER BY e.part_number, e.jurisdiction LIMIT $3 OFFSET $4`, [...filters, query.limit, query.offset]);
  const [count] = await client.query<{ total: number }>(`SELECT count(*)::int AS total FROM master_entries e ${where}`, filters);
  return { entries: rows.map(toEntry), total: count?.total ?? 0 };
}

export async function findMasterEntry(client: SqlClient, entryId: string): Promise<MasterEntry | null> {
  const [row] = await client.query<EntryRow>(`${SELECT_ENTRIES} WHERE e.id = $1`, [entryId]);
  return row ? toEntry(row) : null;
}

export interface Approval extends Classification {
  jurisdiction: Jurisdiction;
  partNumber: string;
  how: 'approval' | 'import';
  sourceScanId: string | null;
}

/**
 * Set a part number's approved classification and write the change to its history (before and
 * after), in the caller's transaction. Returns false when the entry already said exactly this.
 */
export async function approveClassification(client: SqlClient, organizationId: string, by: { id: string; name: string }, approval: Approval): Promise<{ changed: boolean; entryId: string }> {
  const [current] = await client.query<{ id: string; tariff_code: string; country_of_origin: string | null; unit: string | null }>(
    'SELECT id, tariff_code, country_of_origin, unit FROM master_entries WHERE jurisdiction = $1 AND part_number = $2 FOR UPDATE',
    [approval.jurisdiction, approval.partNumber],
  );
  const after: Classification = { tariffCode: approval.tariffCode, countryOfOrigin: approval.countryOfOrigin, unit: approval.unit };
  const before: Classification | null = current ? { tariffCode: current.tariff_code, countryOfOrigin: current.country_of_origin, unit: current.unit } : null;
  if (current && before && JSON.stringify(before) === JSON.stringify(after)) return { changed: false, entryId: current.id };
  const entryId = current?.id ?? randomUUID();
  await client.query(
    `INSERT INTO master_entries (id, organization_id, jurisdiction, part_number, tariff_code, country_of_origin, unit, approved_by, source_scan_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (organization_id, jurisdiction, part_number) DO UPDATE SET tariff_code = excluded.tariff_code,
       country_of_origin = excluded.country_of_origin, unit = excluded.unit, approved_by = excluded.approved_by,
       approved_at = now(), source_scan_id = excluded.source_scan_id`,
    [entryId, organizationId, approval.jurisdiction, approval.partNumber, after.tariffCode, after.countryOfOrigin, after.unit, by.id, approval.sourceScanId],
  );
  await client.query(
    `INSERT INTO master_changes (organization_id, jurisdiction, part_number, how, before, after, changed_by, changed_by_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [organizationId, approval.jurisdiction, approval.partNumber, approval.how, before ? JSON.stringify(before) : null, JSON.stringify(after), by.id, by.name],
  );
  return { changed: true, entryId };
}

interface ChangeRow {
  id: number;
  jurisdiction: Jurisdiction;
  part_number: string;
  how: 'approval' | 'import';
  before: Classification | null;
  after: Classification;
  changed_by_name: string | null;
  changed_at: Date;
}

export async function masterHistory(client: SqlClient, query: { partNumber?: string; limit: number }) {
  const rows = await client.query<ChangeRow>(
    `SELECT id::int AS id, jurisdiction, part_number, how, before, after, changed_by_name, changed_at FROM master_changes
      WHERE ($1::text IS NULL OR part_number = $1) ORDER BY id DESC LIMIT $2`,
    [query.partNumber ?? null, query.limit],
  );
  return rows.map((row) => ({
    id: row.id,
    jurisdiction: row.jurisdiction,
    partNumber: row.part_number,
    how: row.how,
    before: row.before,
    after: row.after,
    changedBy: row.changed_by_name,
    changedAt: isoTime(row.changed_at),
  }));
}
