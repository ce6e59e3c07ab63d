import type { RawTable } from '../../core/read/raw-table';
import { cellsOf } from '../../core/read/table-cells';
import { toIssuesExport } from '../../core/report/issues-export';
import type { ValidationReport } from '../../core/validate';
import type { ScanUpload } from './scan-upload';

/**
 * The upload a client sends for a checked catalog: its export, plus the part number of every
 * row that has a finding (read from the column the check mapped to the part number field).
 * Only those rows: the workspace needs part numbers to follow failing parts and to approve
 * classifications, not the catalog itself.
 */
export function buildScanUpload(input: {
  scanId: string;
  importerProfile: string;
  scannedAt?: string;
  report: ValidationReport;
  table: RawTable;
}): ScanUpload {
  const partColumn = input.report.mapping.columnOf.sku;
  const partNumbers: Record<string, string> = {};
  if (partColumn >= 0) {
    // Cell by cell: the command line's table is kept by column, never made into rows.
    const cells = cellsOf(input.table);
    for (const finding of input.report.findings) {
      if (finding.row === null || finding.row > cells.rowCount) continue;
      const part = cells.cell(finding.row - 1, partColumn).trim();
      if (part) partNumbers[String(finding.row)] = part.slice(0, 200);
    }
  }
  return {
    scanId: input.scanId,
    importerProfile: input.importerProfile,
    ...(input.scannedAt ? { scannedAt: input.scannedAt } : {}),
    partNumbers,
    report: toIssuesExport(input.report),
  };
}
