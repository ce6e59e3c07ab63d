import { z } from 'zod';
import { findingSchema, issuesExportSchema } from '../../core/report/issues-export-schema';

/**
 * What a client uploads: the scan's `customs-preflight/issues@1` export, as the command line and
 * the extension write it, in an envelope that says which scan it is (its id makes a retry
 * harmless), for which importer profile, and which part number each row with a finding has
 * (the export names rows by number only, and the team follows part numbers across scans).
 * Unknown fields are refused at every level, so a client that misspells a field hears about it.
 */
export const strictIssuesExportSchema = issuesExportSchema.extend({ findings: z.array(findingSchema.strict()) }).strict();

export const scanUploadSchema = z
  .object({
    scanId: z.uuid({ error: 'scanId must be a UUID (the id the client gave the scan)' }),
    importerProfile: z.string().trim().min(1).max(200),
    /** When the catalog was checked (ISO 8601); the upload time when left out. */
    scannedAt: z.iso.datetime({ offset: true }).optional(),
    /** Data row number (1-based, as in findings) → part number / SKU of that row. */
    partNumbers: z.record(z.string().regex(/^[1-9]\d*$/, 'keys are 1-based row numbers'), z.string().max(200)).default({}),
    report: strictIssuesExportSchema,
  })
  .strict();
export type ScanUpload = z.infer<typeof scanUploadSchema>;

export const scanUploadResultSchema = z.object({
  scanId: z.uuid(),
  /** false when this scan id was already stored (a retry): nothing was stored twice. */
  created: z.boolean(),
  /** true when this upload was the same member's re-check of a stored scan and replaced it. */
  replaced: z.boolean(),
  findings: z.number().int(),
});
