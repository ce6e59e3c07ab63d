import { z } from 'zod';

/**
 * What a reader knew about a catalog file's form besides its cells: enough to write the catalog
 * back in the form it came in (the fixed catalog), with the same delimiter, encoding and sheet.
 * Stored with a scan, so it is a zod schema.
 */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

export const catalogFormatSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('csv'),
    delimiter: z.string().min(1).max(4),
    newline: z.enum(['\n', '\r\n', '\r']),
    encoding: z.enum(TEXT_ENCODINGS),
    /** The file began with a byte order mark (Excel's "CSV UTF-8" does). */
    bom: z.boolean(),
    /** Every cell of the header line was quoted: the exporting system quotes everything. */
    quoteAll: z.boolean(),
    /**
     * Characters that make the exporting system quote a cell although CSV does not need it there
     * (German exports quote "12,50" in a ';' file): written the same way, a fixed file diffs clean.
     */
    quoteAlso: z.string().max(16),
    /** Title lines above the header (as in CBP's ACE reports), written back as they were. */
    preamble: z.array(z.array(z.string())).max(50),
  }),
  z.object({ kind: z.literal('json') }),
  z.object({
    kind: z.literal('xlsx'),
    /** The sheet that was read, and every worksheet of the workbook (for a sheet choice). */
    sheet: z.string(),
    sheets: z.array(z.string()),
    /** The sheet's column (A = 0) of the table's first column: cells are found again by it. */
    firstColumn: z.number().int().nonnegative(),
    /** What the reader left aside and the filer should know (macros not run, merged cells). */
    notes: z.array(z.string()),
  }),
]);
export type CatalogFormat = z.infer<typeof catalogFormatSchema>;
export type CsvFormat = Extract<CatalogFormat, { kind: 'csv' }>;
export type XlsxFormat = Extract<CatalogFormat, { kind: 'xlsx' }>;
