/**
 * How much of a workbook is read before it is refused. A workbook is a zip of XML parts; a
 * hostile one (or a broken export) can declare small parts that inflate to gigabytes, a shared
 * strings table of millions of entries, or a sheet of a million empty columns. Every bound
 * below is far above a real catalog (Excel's own limits are 1,048,576 rows × 16,384 columns) and
 * far below what would exhaust a browser tab or the service worker.
 */
export interface XlsxLimits {
  /** Entries in the zip (a workbook has a few dozen parts; thousands mean a crafted file). */
  maxEntries: number;
  /** Uncompressed size of any one part read (the sheet XML is the big one). */
  maxPartBytes: number;
  /** Uncompressed size of all parts read together. */
  maxTotalBytes: number;
  /** Compression ratio above which a large part is a zip bomb, not repetitive XML. */
  maxRatio: number;
  /** Ratio checks start above this size: tiny parts of repeated tags compress very well. */
  ratioFloorBytes: number;
  maxSharedStrings: number;
  /** Characters in all shared strings together. */
  maxSharedStringChars: number;
  maxRows: number;
  maxColumns: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxEntries: 2000,
  maxPartBytes: 256 * 1024 * 1024,
  maxTotalBytes: 400 * 1024 * 1024,
  // Sheet XML of a real catalog compresses 5–20×; rows of one repeated empty cell up to ~250×.
  maxRatio: 400,
  ratioFloorBytes: 1024 * 1024,
  maxSharedStrings: 2_000_000,
  maxSharedStringChars: 100_000_000,
  maxRows: 1_048_576,
  maxColumns: 1000,
};
