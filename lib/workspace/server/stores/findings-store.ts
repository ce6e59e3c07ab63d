import type { StoredFinding } from '../../api/scans';
import type { FieldId } from '../../../core/model/fields';
import type { SqlClient } from '../database/sql-client';

interface FindingRow {
  ordinal: number;
  rule_id: string;
  severity: StoredFinding['severity'];
  row_number: number | null;
  field: FieldId | null;
  column_name: string | null;
  value: string | null;
  message: string;
  fix: string | null;
  part_number: string | null;
}

export function toFinding(row: FindingRow): StoredFinding {
  return {
    id: row.ordinal,
    ruleId: row.rule_id,
    severity: row.severity,
    row: row.row_number,
    field: row.field,
    column: row.column_name,
    value: row.value,
    message: row.message,
    ...(row.fix === null ? {} : { fix: row.fix }),
    partNumber: row.part_number,
  };
}

const COLUMNS = 'ordinal, rule_id, severity, row_number, field, column_name, value, message, fix, part_number';

export async function listFindings(
  client: SqlClient,
  scanId: string,
  query: { severity?: string; rule?: string; limit: number; offset: number },
): Promise<{ findings: StoredFinding[]; total: number }> {
  const where = 'WHERE scan_id = $1 AND ($2::text IS NULL OR severity = $2) AND ($3::text IS NULL OR rule_id = $3)';
  const filters = [scanId, query.severity ?? null, query.rule ?? null];
  const rows = await client.query<FindingRow>(`SELECT ${COLUMNS} FROM findings ${where} ORDER BY ordinal LIMIT $4 OFFSET $5`, [...filters, query.limit, query.offset]);
  const [count] = await client.query<{ total: number }>(`SELECT count(*)::int AS total FROM findings ${where}`, filters);
  return { findings: rows.map(toFinding), total: count?.total ?? 0 };
}

export async function findFinding(client: SqlClient, scanId: string, findingId: number): Promise<StoredFinding | null> {
  const [row] = await client.query<FindingRow>(`SELECT ${COLUMNS} FROM findings WHERE scan_id = $1 AND ordinal = $2`, [scanId, findingId]);
  return row ? toFinding(row) : null;
}
