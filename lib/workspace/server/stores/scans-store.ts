import { createHash } from 'node:crypto';
import type { ScanUpload } from '../../api/scan-upload';
import type { ScanListQuery, ScanSummary } from '../../api/scans';
import type { SqlClient } from '../database/sql-client';
import { scannedWithinDays } from './day-range';
import { isoTime } from './rows';
import { storeScanRollups } from './scan-rollups';

export class ScanConflictError extends Error {}

interface ScanRow {
  id: string;
  importer_profile: string;
  member_id: string | null;
  member_name: string | null;
  source: string;
  jurisdiction: string;
  check_date: string;
  scanned_at: Date;
  uploaded_at: Date;
  row_count: number;
  error_count: number;
  warning_count: number;
  info_count: number;
}

const SELECT_SCANS = `SELECT s.id, s.importer_profile, s.member_id, m.display_name AS member_name, s.source, s.jurisdiction,
  s.check_date::text AS check_date, s.scanned_at, s.uploaded_at, s.row_count, s.error_count, s.warning_count, s.info_count
  FROM scans s LEFT JOIN members m ON m.id = s.member_id`;

function toSummary(row: ScanRow): ScanSummary {
  return {
    id: row.id,
    importerProfile: row.importer_profile,
    memberId: row.member_id,
    memberName: row.member_name,
    source: row.source,
    jurisdiction: row.jurisdiction,
    checkDate: row.check_date,
    scannedAt: isoTime(row.scanned_at),
    uploadedAt: isoTime(row.uploaded_at),
    rowCount: row.row_count,
    counts: { error: row.error_count, warning: row.warning_count, info: row.info_count },
  };
}

export interface StoredScan {
  /** false when this scan id was already stored. */
  created: boolean;
  /** The uploader's earlier check under this id was replaced by this one. */
  replaced: boolean;
}

/**
 * Store an uploaded scan and its findings. The scan id makes it idempotent: the same upload again
 * stores nothing. The same member sending the scan again with other content has checked it again
 * (a corrected column mapping keeps the scan's id), so the newer check replaces the stored one,
 * findings and plot counts with it; another member's upload under a used id is a conflict.
 */
export async function storeScan(client: SqlClient, organizationId: string, memberId: string, upload: ScanUpload): Promise<StoredScan> {
  const contentHash = createHash('sha256').update(JSON.stringify(upload)).digest('hex');
  if (await insertScan(client, organizationId, memberId, upload, contentHash)) return { created: true, replaced: false };
  const [existing] = await client.query<{ content_hash: string; member_id: string | null }>('SELECT content_hash, member_id FROM scans WHERE id = $1', [upload.scanId]);
  if (existing?.content_hash === contentHash) return { created: false, replaced: false };
  if (existing?.member_id !== memberId) {
    throw new ScanConflictError(`Scan ${upload.scanId} was already uploaded by another member with different content; give a new scan a new id.`);
  }
  // Findings and plot counts go with the scan row (ON DELETE CASCADE), all in this transaction.
  await deleteScan(client, upload.scanId);
  await insertScan(client, organizationId, memberId, upload, contentHash);
  return { created: false, replaced: true };
}

/** The scan row, its findings and plot counts; false (nothing written) when the id is taken. */
async function insertScan(client: SqlClient, organizationId: string, memberId: string, upload: ScanUpload, contentHash: string): Promise<boolean> {
  const { findings, ...reportHeader } = upload.report;
  // A clock ahead of ours must not keep a scan from the retention job.
  const scannedAt = new Date(Math.min(upload.scannedAt ? Date.parse(upload.scannedAt) : Date.now(), Date.now()));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  const inserted = await client.query(
    `INSERT INTO scans (organization_id, id, member_id, importer_profile, source, jurisdiction, check_date, scanned_at,
                        row_count, error_count, warning_count, info_count, report_header, content_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (organization_id, id) DO NOTHING RETURNING id`,
    [organizationId, upload.scanId, memberId, upload.importerProfile, upload.report.source, upload.report.jurisdiction, upload.report.checkDate,
      scannedAt, upload.report.rowCount, counts.error, counts.warning, counts.info, JSON.stringify(reportHeader), contentHash],
  );
  if (inserted.length === 0) return false;
  // One statement for all findings (arrays unnested), not one round trip per finding.
  const partOf = (row: number | null) => (row === null ? null : (upload.partNumbers[String(row)] ?? null));
  await client.query(
    `INSERT INTO findings (organization_id, scan_id, ordinal, rule_id, severity, row_number, field, column_name, value, message, fix, part_number)
     SELECT $1, $2, * FROM unnest($3::int[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])`,
    [organizationId, upload.scanId, findings.map((_, index) => index), findings.map((f) => f.ruleId), findings.map((f) => f.severity),
      findings.map((f) => f.row), findings.map((f) => f.field), findings.map((f) => f.column), findings.map((f) => f.value),
      findings.map((f) => f.message), findings.map((f) => f.fix ?? null), findings.map((f) => partOf(f.row))],
  );
  await storeScanRollups(client, organizationId, upload);
  return true;
}

export async function listScans(client: SqlClient, query: ScanListQuery): Promise<{ scans: ScanSummary[]; total: number }> {
  const where = `WHERE ($1::text IS NULL OR s.importer_profile = $1)
      AND ($2::uuid IS NULL OR s.member_id = $2)
      AND ${scannedWithinDays('$3', '$4')}
      AND ($5::text IS NULL OR ($5 = 'error' AND s.error_count > 0) OR ($5 = 'warning' AND s.warning_count > 0) OR ($5 = 'info' AND s.info_count > 0))
      AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM findings f WHERE f.organization_id = s.organization_id AND f.scan_id = s.id AND f.rule_id = $6))`;
  const filters = [query.importerProfile ?? null, query.memberId ?? null, query.from ?? null, query.to ?? null, query.severity ?? null, query.rule ?? null];
  const rows = await client.query<ScanRow>(`${SELECT_SCANS} ${where} ORDER BY s.scanned_at DESC, s.id LIMIT $7 OFFSET $8`, [...filters, query.limit, query.offset]);
  const [count] = await client.query<{ total: number }>(`SELECT count(*)::int AS total FROM scans s ${where}`, filters);
  return { scans: rows.map(toSummary), total: count?.total ?? 0 };
}

export async function findScan(client: SqlClient, scanId: string): Promise<ScanSummary | null> {
  const [row] = await client.query<ScanRow>(`${SELECT_SCANS} WHERE s.id = $1`, [scanId]);
  return row ? toSummary(row) : null;
}

/** Deletes the rows (findings go with their scan by the foreign key), not a flag. */
export async function deleteScan(client: SqlClient, scanId: string): Promise<boolean> {
  return (await client.query('DELETE FROM scans WHERE id = $1 RETURNING id', [scanId])).length > 0;
}

/** The retention job's delete: every scan older than the organization's retention. */
export async function deleteScansOlderThanRetention(client: SqlClient): Promise<number> {
  const rows = await client.query(
    `DELETE FROM scans s USING organizations o
      WHERE o.id = s.organization_id AND s.scanned_at < now() - make_interval(days => o.retention_days) RETURNING s.id`,
  );
  return rows.length;
}
