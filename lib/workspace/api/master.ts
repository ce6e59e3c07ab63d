import { z } from 'zod';
import { JURISDICTIONS } from '../../core/model/jurisdiction';

/** The approved classification of a part number: the one code/origin/unit the team agreed on. */
export const masterEntrySchema = z.object({
  id: z.uuid(),
  jurisdiction: z.enum(JURISDICTIONS),
  partNumber: z.string(),
  tariffCode: z.string(),
  countryOfOrigin: z.string().nullable(),
  unit: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string(),
  /** The scan whose finding the approval came from; null for a CSV import. */
  sourceScanId: z.uuid().nullable(),
});
export type MasterEntry = z.infer<typeof masterEntrySchema>;

export const masterListQuerySchema = z
  .object({
    jurisdiction: z.enum(JURISDICTIONS).optional(),
    partNumber: z.string().min(1).max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const masterListSchema = z.object({ entries: z.array(masterEntrySchema), total: z.number().int() });

const classification = {
  tariffCode: z.string().trim().min(1).max(20),
  countryOfOrigin: z.string().trim().length(2).toUpperCase().optional(),
  unit: z.string().trim().min(1).max(10).toUpperCase().optional(),
};

/** Approve a classification for the part number on a finding's row. */
export const approvalRequestSchema = z.object({ scanId: z.uuid(), findingId: z.number().int().nonnegative(), ...classification }).strict();
export type ApprovalRequest = z.infer<typeof approvalRequestSchema>;

export const masterImportResultSchema = z.object({
  imported: z.number().int(),
  unchanged: z.number().int(),
});

export const masterChangeSchema = z.object({
  id: z.number().int(),
  jurisdiction: z.enum(JURISDICTIONS),
  partNumber: z.string(),
  how: z.enum(['approval', 'import']),
  before: z.object({ tariffCode: z.string(), countryOfOrigin: z.string().nullable(), unit: z.string().nullable() }).nullable(),
  after: z.object({ tariffCode: z.string(), countryOfOrigin: z.string().nullable(), unit: z.string().nullable() }),
  changedBy: z.string().nullable(),
  changedAt: z.string(),
});
export const masterHistoryQuerySchema = z
  .object({ partNumber: z.string().min(1).max(200).optional(), limit: z.coerce.number().int().min(1).max(1000).default(200) })
  .strict();
export const masterHistorySchema = z.object({ changes: z.array(masterChangeSchema) });
