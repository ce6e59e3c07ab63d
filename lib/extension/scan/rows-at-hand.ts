/**
 * The rows this worker instance stored for the scans it is receiving, kept in memory as well, so
 * finishing a scan does not read back and decrypt every chunk it has just sealed (for 50,000
 * rows, a second of the worker's time between the page's last row and the first row checked).
 * Only what was stored is kept (a chunk is kept once its write succeeded, a resent one replaces
 * its copy), and only for the last few scans: a worker that Chrome stopped, or a scan that never
 * finished, falls back to storage, which always has every row.
 */
const SCANS_KEPT = 2;

export class RowsAtHand {
  /** Per scan, its chunks' rows by start row; in the order the scans began, oldest first. */
  private readonly scans = new Map<string, Map<number, string[][]>>();

  keep(scanId: string, startRow: number, rows: string[][]): void {
    let chunks = this.scans.get(scanId);
    if (!chunks) {
      chunks = new Map();
      this.scans.set(scanId, chunks);
      for (const oldest of this.scans.keys()) {
        if (this.scans.size <= SCANS_KEPT) break;
        this.scans.delete(oldest);
      }
    }
    chunks.set(startRow, rows);
  }

  /** The scan's rows 1 to `rowCount`, when every one of them is at hand, and forgets them; null otherwise. */
  take(scanId: string, rowCount: number): string[][] | null {
    const chunks = this.scans.get(scanId);
    this.scans.delete(scanId);
    if (!chunks) return null;
    const rows: string[][] = [];
    for (let chunk = chunks.get(0); chunk !== undefined && rows.length < rowCount; chunk = chunks.get(rows.length)) {
      // An empty chunk past the start would never move on: the table ends there.
      if (chunk.length === 0) break;
      for (const row of chunk) rows.push(row);
    }
    return rows.length === rowCount ? rows : null;
  }

  forget(scanId: string): void {
    this.scans.delete(scanId);
  }
}
