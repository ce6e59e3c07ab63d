/**
 * SQL for "scanned on or after day $from and on or before day $to", days in UTC like the plots'
 * days: a PostgreSQL server's own TimeZone setting must not move a scan to another day.
 */
export function scannedWithinDays(fromParam: string, toParam: string): string {
  return `(${fromParam}::date IS NULL OR s.scanned_at >= (${fromParam}::date)::timestamp AT TIME ZONE 'UTC')
      AND (${toParam}::date IS NULL OR s.scanned_at < (${toParam}::date + 1)::timestamp AT TIME ZONE 'UTC')`;
}
