import Papa from 'papaparse';
import { csvCellText } from '../../core/report/safe-text';
import type { AuditEntry } from './stored-records';

/**
 * One importer profile's audit log as a file, for the broker's records or an auditor. The
 * hashes are included so the exported log can be checked against the chain.
 */

export const AUDIT_LOG_FORMAT = 'customs-preflight/audit-log@1';
export const AUDIT_CSV_COLUMNS = ['seq', 'time', 'profileId', 'action', 'object', 'hash'] as const;

export function auditLogCsv(entries: readonly AuditEntry[]): string {
  // File names in `object` come from the filer's disk: a "=cmd…" name must not run in a spreadsheet.
  const rows = entries.map((entry) =>
    [String(entry.seq), entry.time, entry.profileId ?? '', entry.action, csvCellText(entry.object), entry.hash],
  );
  return `${Papa.unparse({ fields: [...AUDIT_CSV_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}

export function auditLogJson(entries: readonly AuditEntry[]): string {
  return `${JSON.stringify({ format: AUDIT_LOG_FORMAT, entries }, null, 2)}\n`;
}
