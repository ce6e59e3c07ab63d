import { z } from 'zod';
import { findingSchema } from '../../core/report/issues-export-schema';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const limit = (max: number, byDefault: number) => z.coerce.number().int().min(1).max(max).default(byDefault);

export const scanListQuerySchema = z
  .object({
    importerProfile: z.string().min(1).optional(),
    memberId: z.uuid().optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /** Scans with at least one finding of this severity. */
    severity: z.enum(['error', 'warning', 'info']).optional(),
    /** Scans with at least one finding of this rule. */
    rule: z.string().min(1).max(100).optional(),
    limit: limit(200, 50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type ScanListQuery = z.infer<typeof scanListQuerySchema>;

export const scanSummarySchema = z.object({
  id: z.uuid(),
  importerProfile: z.string(),
  memberId: z.uuid().nullable(),
  memberName: z.string().nullable(),
  source: z.string(),
  jurisdiction: z.string(),
  checkDate: isoDate,
  scannedAt: z.string(),
  uploadedAt: z.string(),
  rowCount: z.number().int(),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
});
export type ScanSummary = z.infer<typeof scanSummarySchema>;

export const scanListSchema = z.object({ scans: z.array(scanSummarySchema), total: z.number().int() });

export const findingListQuerySchema = z
  .object({
    severity: z.enum(['error', 'warning', 'info']).optional(),
    rule: z.string().min(1).max(100).optional(),
    limit: limit(5000, 500),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** A stored finding: the export's finding, its position in the scan and its row's part number. */
export const storedFindingSchema = findingSchema.extend({ id: z.number().int(), partNumber: z.string().nullable() });
export type StoredFinding = z.infer<typeof storedFindingSchema>;

export const findingListSchema = z.object({ scan: scanSummarySchema, findings: z.array(storedFindingSchema), total: z.number().int() });

export const dashboardQuerySchema = z
  .object({ importerProfile: z.string().min(1).optional(), from: isoDate.optional(), to: isoDate.optional() })
  .strict();

/** The plots' data: what the team would rather look at than read. */
export const dashboardSchema = z.object({
  byRuleOverTime: z.array(z.object({ day: isoDate, ruleId: z.string(), count: z.number().int() })),
  byColumn: z.array(z.object({ column: z.string(), count: z.number().int() })),
  failingParts: z.array(z.object({ partNumber: z.string(), count: z.number().int(), scans: z.number().int() })),
  byImporterProfile: z.array(
    z.object({ importerProfile: z.string(), scans: z.number().int(), error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
