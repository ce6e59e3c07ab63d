import type { Dashboard } from '../../api/scans';
import type { SqlClient } from '../database/sql-client';
import { scannedWithinDays } from './day-range';

/** How many bars a plot shows: the most frequent; the rest would be unreadable slivers. */
const TOP = 20;

/**
 * The plots' numbers, computed in the database (a team's findings run to millions of rows).
 * Every query filters the same way: importer profile and the scan's date range.
 */
export async function dashboard(client: SqlClient, filter: { importerProfile?: string; from?: string; to?: string }): Promise<Dashboard> {
  const params = [filter.importerProfile ?? null, filter.from ?? null, filter.to ?? null];
  const scanFilter = `($1::text IS NULL OR s.importer_profile = $1) AND ${scannedWithinDays('$2', '$3')}`;
  // Sums over the per-scan counts (scan-rollups.ts) of the scans that pass the filter.
  const ofScans = (table: string) => `FROM ${table} c JOIN scans s ON s.organization_id = c.organization_id AND s.id = c.scan_id WHERE ${scanFilter}`;
  const [byRuleOverTime, byColumn, failingParts, byImporterProfile] = [
    await client.query<{ day: string; rule_id: string; count: number }>(
      `SELECT (s.scanned_at AT TIME ZONE 'UTC')::date::text AS day, c.rule_id, sum(c.problems)::int AS count ${ofScans('scan_rule_counts')} GROUP BY 1, 2 ORDER BY 1, 2`,
      params,
    ),
    await client.query<{ column_name: string; count: number }>(
      `SELECT c.column_name, sum(c.problems)::int AS count ${ofScans('scan_column_counts')} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${TOP}`,
      params,
    ),
    await client.query<{ part_number: string; count: number; scans: number }>(
      `SELECT c.part_number, sum(c.problems)::int AS count, count(*)::int AS scans ${ofScans('scan_part_counts')} GROUP BY 1 ORDER BY 3 DESC, 2 DESC, 1 LIMIT ${TOP}`,
      params,
    ),
    await client.query<{ importer_profile: string; scans: number; error: number; warning: number; info: number }>(
      `SELECT s.importer_profile, count(*)::int AS scans, sum(s.error_count)::int AS error, sum(s.warning_count)::int AS warning,
              sum(s.info_count)::int AS info
         FROM scans s WHERE ${scanFilter} GROUP BY 1 ORDER BY 3 DESC, 1`,
      params,
    ),
  ];
  return {
    byRuleOverTime: byRuleOverTime.map((row) => ({ day: row.day, ruleId: row.rule_id, count: row.count })),
    byColumn: byColumn.map((row) => ({ column: row.column_name, count: row.count })),
    failingParts: failingParts.map((row) => ({ partNumber: row.part_number, count: row.count, scans: row.scans })),
    byImporterProfile: byImporterProfile.map((row) => ({
      importerProfile: row.importer_profile,
      scans: row.scans,
      error: row.error,
      warning: row.warning,
      info: row.info,
    })),
  };
}
