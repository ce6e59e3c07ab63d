import { z } from 'zod';
import { VALUE_KINDS } from '../mapping/column-content';
import { FIELD_IDS } from '../model/fields';
import { JURISDICTIONS } from '../model/jurisdiction';
import { FINDING_TEXTS, ISSUES_FORMAT } from './issues-export';

/**
 * The schema of `customs-preflight/issues@1` (written by issues-export.ts), for the readers of
 * stored and uploaded reports. Apart from the writer, so writing a report loads no zod.
 */

const severity = z.enum(['error', 'warning', 'info']);
const field = z.enum(FIELD_IDS);

export const findingSchema = z.object({
  ruleId: z.string(),
  severity,
  row: z.number().int().positive().nullable(),
  field: field.nullable(),
  column: z.string().nullable(),
  value: z.string().nullable(),
  message: z.string(),
  fix: z.string().optional(),
});

export const valueEvidenceSchema = z.object({
  kind: z.enum(VALUE_KINDS),
  share: z.number().min(0).max(1),
  examples: z.array(z.string()),
});

export const mappingCandidateSchema = z.object({ column: z.number().int(), header: z.string(), score: z.number(), why: z.string() });


/**
 * A finding as exported: exactly as found, plus `hiddenCharacters` naming the texts that hold
 * bidi controls or other characters that act unseen (see safe-text.ts), so a reader of the file
 * knows to show them with care. Absent when there are none.
 */
export const exportedFindingSchema = findingSchema.extend({
  hiddenCharacters: z.array(z.enum(FINDING_TEXTS)).min(1).optional(),
});
export type ExportedFinding = z.infer<typeof exportedFindingSchema>;

export const issuesExportSchema = z.object({
  format: z.literal(ISSUES_FORMAT),
  source: z.string(),
  /** Present (true) when the source's name or address holds hidden characters. */
  sourceHasHiddenCharacters: z.literal(true).optional(),
  jurisdiction: z.enum(JURISDICTIONS),
  checkDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  schedule: z.object({ name: z.string(), format: z.string(), asOf: z.string().nullable(), lines: z.number(), builtIn: z.boolean().optional() }).nullable(),
  rowCount: z.number().int().nonnegative(),
  mapping: z.array(
    z.object({
      field,
      column: z.string(),
      columnIndex: z.number().int(),
      how: z.enum(['override', 'exact', 'contains', 'content']),
      synonym: z.string().optional(),
      confidence: z.number().min(0).max(1).optional(),
      headerWords: z.array(z.string()).optional(),
      values: valueEvidenceSchema.optional(),
      /** Why, in words: which header words, which values, how sure. */
      why: z.string().optional(),
    }),
  ),
  unmappedColumns: z.array(z.string()),
  /** Columns that number the lines, by header: left out of the mapping and of duplicate detection. */
  lineNumberColumns: z.array(z.string()).optional(),
  rulesRun: z.array(z.string()),
  rulesSkipped: z.array(z.object({ ruleId: z.string(), reason: z.string(), cause: z.enum(['turned-off', 'jurisdiction', 'missing']).optional() })),
  /** Rows that sum the lines up ("Total") or head a group of them (kind "group"), left out of the checks: their 1-based row and words. */
  summaryRows: z.array(z.object({ row: z.number().int().positive(), text: z.string(), kind: z.literal('group').optional() })).optional(),
  summary: z.object({
    error: z.number(),
    warning: z.number(),
    info: z.number(),
    byRule: z.record(z.string(), z.number()),
  }),
  findings: z.array(exportedFindingSchema),
});

export type IssuesExport = z.infer<typeof issuesExportSchema>;
