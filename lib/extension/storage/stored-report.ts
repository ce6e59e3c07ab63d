import { z } from 'zod';
import { FIELD_IDS } from '../../core/model/fields';
import { JURISDICTIONS } from '../../core/model/jurisdiction';
import { findingSchema, mappingCandidateSchema, valueEvidenceSchema } from '../../core/report/issues-export-schema';
import type { ValidationReport } from '../../core/validate';

const field = z.enum(FIELD_IDS);

/**
 * A scan's ValidationReport as it is stored (encrypted) and read back. Typed against
 * ValidationReport, so a change to the report that this schema does not follow fails the
 * type check instead of failing on a filer's stored scans.
 */
export const storedReportSchema: z.ZodType<ValidationReport> = z.object({
  source: z.string(),
  jurisdiction: z.enum(JURISDICTIONS),
  checkDate: z.string(),
  schedule: z.object({ name: z.string(), format: z.string(), asOf: z.string().nullable(), lines: z.number(), builtIn: z.boolean().optional() }).nullable(),
  rowCount: z.number().int().nonnegative(),
  mapping: z.object({
    matches: z.array(
      z.object({
        field,
        column: z.number().int(),
        header: z.string(),
        how: z.enum(['override', 'exact', 'contains', 'content']),
        synonym: z.string().optional(),
        confidence: z.number().min(0).max(1).optional(),
        headerWords: z.array(z.string()).optional(),
        values: valueEvidenceSchema.optional(),
      }),
    ),
    columnOf: z.record(field, z.number().int()),
    unmappedHeaders: z.array(z.string()),
    // Reports stored before line-number columns and candidates were recognised have neither.
    lineNumberColumns: z.array(z.object({ column: z.number().int(), header: z.string() })).default([]),
    candidates: z.partialRecord(field, z.array(mappingCandidateSchema)).default({}),
  }),
  rulesRun: z.array(z.string()),
  rulesSkipped: z.array(z.object({ ruleId: z.string(), reason: z.string(), cause: z.enum(['turned-off', 'jurisdiction', 'missing']).optional() })),
  summaryRows: z.array(z.object({ row: z.number().int().positive(), text: z.string(), kind: z.literal('group').optional() })).optional(),
  findings: z.array(findingSchema),
});
