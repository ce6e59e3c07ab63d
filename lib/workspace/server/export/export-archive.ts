import { strToU8, zipSync } from 'fflate';
import type { SqlClient } from '../database/sql-client';
import { listAudit } from '../stores/audit-store';
import { listMembers, publicMember } from '../stores/members-store';
import { masterHistory } from '../stores/master-store';
import { organizationSettings } from '../stores/organizations-store';
import { listUploadTokens } from '../stores/upload-tokens-store';
import { tableCsv } from './table-csv';

const ALL = 2_147_483_647;

/**
 * Everything the organization has, as a ZIP of JSON (complete, for programs) and CSV (for
 * spreadsheets). Read in the caller's transaction, so the files agree with each other.
 */
export async function exportArchive(client: SqlClient): Promise<{ zip: Uint8Array; counts: { scans: number; findings: number } }> {
  const organization = await organizationSettings(client);
  const members = (await listMembers(client)).map(publicMember);
  const tokens = await listUploadTokens(client, null);
  const scans = await client.query(
    `SELECT s.id, s.importer_profile AS "importerProfile", s.member_id AS "memberId", s.source, s.jurisdiction, s.check_date::text AS "checkDate",
            s.scanned_at AS "scannedAt", s.uploaded_at AS "uploadedAt", s.row_count AS "rowCount", s.error_count AS "errors",
            s.warning_count AS "warnings", s.info_count AS "infos", s.report_header AS "report"
       FROM scans s ORDER BY s.scanned_at, s.id`,
  );
  const findings = await client.query(
    `SELECT scan_id AS "scanId", ordinal AS "findingId", row_number AS "row", part_number AS "partNumber", severity, rule_id AS "ruleId",
            field, column_name AS "column", value, message, fix
       FROM findings ORDER BY scan_id, ordinal`,
  );
  const master = await client.query(
    `SELECT id, jurisdiction, part_number AS "partNumber", tariff_code AS "tariffCode", country_of_origin AS "countryOfOrigin", unit,
            approved_by AS "approvedBy", approved_at AS "approvedAt", source_scan_id AS "sourceScanId"
       FROM master_entries ORDER BY part_number, jurisdiction`,
  );
  const history = await masterHistory(client, { limit: ALL });
  const audit = await listAudit(client, { limit: ALL });
  const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
  const csv = (columns: string[], rows: readonly Record<string, unknown>[]) => strToU8(tableCsv(columns, rows));
  const files: Record<string, Uint8Array> = {
    'organization.json': json(organization),
    'members.json': json(members),
    'members.csv': csv(['id', 'email', 'displayName', 'role', 'singleSignOn', 'createdAt'], members),
    'upload-tokens.json': json(tokens),
    'scans.json': json(scans),
    'scans.csv': csv(['id', 'importerProfile', 'memberId', 'source', 'jurisdiction', 'checkDate', 'scannedAt', 'uploadedAt', 'rowCount', 'errors', 'warnings', 'infos'], scans),
    'findings.json': json(findings),
    'findings.csv': csv(['scanId', 'findingId', 'row', 'partNumber', 'severity', 'ruleId', 'field', 'column', 'value', 'message', 'fix'], findings),
    'master.json': json(master),
    'master.csv': csv(['jurisdiction', 'partNumber', 'tariffCode', 'countryOfOrigin', 'unit', 'approvedAt', 'sourceScanId'], master),
    'master-history.json': json(history),
    'audit-log.json': json(audit),
    'audit-log.csv': csv(['id', 'at', 'actorKind', 'actorName', 'action', 'objectType', 'objectId', 'detail'], audit.map((event) => ({ ...event, actorKind: event.actor.kind, actorName: event.actor.name }))),
  };
  return { zip: zipSync(files, { level: 6 }), counts: { scans: scans.length, findings: findings.length } };
}
