import type { ScanUpload } from '../../api/scan-upload';
import type { SqlClient } from '../database/sql-client';

/** Problems (errors and warnings; notes are not problems) of one scan, counted by a key. */
function problemsBy(upload: ScanUpload, keyOf: (finding: ScanUpload['report']['findings'][number]) => string | null | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of upload.report.findings) {
    if (finding.severity === 'info') continue;
    const key = keyOf(finding);
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const ROLLUPS = [
  { table: 'scan_rule_counts', column: 'rule_id', keyOf: (f: ScanUpload['report']['findings'][number]) => f.ruleId },
  { table: 'scan_column_counts', column: 'column_name', keyOf: (f: ScanUpload['report']['findings'][number]) => f.column },
] as const;

/**
 * The plots' per-scan counts (migrations/004_dashboard_rollups.sql), written in the scan's own
 * transaction so the plots always agree with the findings.
 */
export async function storeScanRollups(client: SqlClient, organizationId: string, upload: ScanUpload): Promise<void> {
  const partOf = (row: number | null) => (row === null ? undefined : upload.partNumbers[String(row)]);
  const rollups = [...ROLLUPS, { table: 'scan_part_counts', column: 'part_number', keyOf: (f: ScanUpload['report']['findings'][number]) => partOf(f.row) }];
  for (const { table, column, keyOf } of rollups) {
    const counts = problemsBy(upload, keyOf);
    if (counts.size === 0) continue;
    await client.query(`INSERT INTO ${table} (organization_id, scan_id, ${column}, problems) SELECT $1, $2, * FROM unnest($3::text[], $4::int[])`, [
      organizationId,
      upload.scanId,
      [...counts.keys()],
      [...counts.values()],
    ]);
  }
}
