import { z } from 'zod';
import { VALUE_KINDS } from '../mapping/column-content';
import { explainMatch } from '../mapping/column-mapping';
import { FIELD_IDS } from '../model/fields';
import { JURISDICTIONS } from '../model/jurisdiction';
import type { ValidationReport } from '../validate';
import type { Finding } from '../model/finding';
import { hasHiddenCharacters, jsonMayHoldHidden } from './safe-text';
import { summarize } from './summary';
import { FINDINGS_PER_PIECE } from './report-pieces';

/**
 * `customs-preflight/issues@1`: the one export format of the command line and the extension.
 * Versioned so other tools can rely on it; it holds no timestamp, so the same catalog checked
 * the same way exports byte-for-byte the same file.
 */
export const ISSUES_FORMAT = 'customs-preflight/issues@1';

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

/** The texts of a finding that may come from the catalog, and so may hold hidden characters. */
const FINDING_TEXTS = ['column', 'value', 'message', 'fix'] as const;

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
  summary: z.object({
    error: z.number(),
    warning: z.number(),
    info: z.number(),
    byRule: z.record(z.string(), z.number()),
  }),
  findings: z.array(exportedFindingSchema),
});

export type IssuesExport = z.infer<typeof issuesExportSchema>;

/**
 * The finding as exported: the finding itself when none of its texts holds a hidden character
 * (nearly always), so an export makes no object per finding.
 */
function exportedFinding(finding: Finding): ExportedFinding {
  // Each text by name, not by looping over FINDING_TEXTS: a property read by a variable key is a
  // slow look-up, and this runs for every finding of the report.
  const { column, value, message, fix } = finding;
  if (!hasHiddenCharacters(message) && (column === null || !hasHiddenCharacters(column)) && (value === null || !hasHiddenCharacters(value)) && (fix === undefined || !hasHiddenCharacters(fix))) {
    return finding;
  }
  return { ...finding, hiddenCharacters: FINDING_TEXTS.filter((text) => hasHiddenCharacters(finding[text] ?? '')) };
}

/** Everything the export says before its findings, in the order it is written. */
function exportHead(report: ValidationReport): Omit<IssuesExport, 'findings'> {
  return {
    format: ISSUES_FORMAT,
    source: report.source,
    ...(hasHiddenCharacters(report.source) ? { sourceHasHiddenCharacters: true as const } : {}),
    jurisdiction: report.jurisdiction,
    checkDate: report.checkDate,
    schedule: report.schedule,
    rowCount: report.rowCount,
    mapping: report.mapping.matches.map((m) => ({
      field: m.field,
      column: m.header,
      columnIndex: m.column,
      how: m.how,
      ...(m.synonym ? { synonym: m.synonym } : {}),
      ...(m.confidence !== undefined ? { confidence: m.confidence } : {}),
      ...(m.headerWords ? { headerWords: m.headerWords } : {}),
      ...(m.values ? { values: m.values } : {}),
      why: explainMatch(m),
    })),
    unmappedColumns: report.mapping.unmappedHeaders,
    ...(report.mapping.lineNumberColumns.length > 0 ? { lineNumberColumns: report.mapping.lineNumberColumns.map((c) => c.header) } : {}),
    rulesRun: report.rulesRun,
    rulesSkipped: report.rulesSkipped,
    summary: summarize(report.findings),
  };
}

export function toIssuesExport(report: ValidationReport): IssuesExport {
  return { ...exportHead(report), findings: report.findings.map(exportedFinding) };
}

/**
 * The export as compact JSON, a piece at a time, so a report of a million findings is written
 * without ever being one string. The pieces joined are exactly `JSON.stringify(toIssuesExport(report))`
 * and a newline: the findings come last, so everything before them is one object written up front,
 * and each piece is the findings themselves serialized (a copy only of one with hidden characters).
 */
export function* issuesJsonPieces(report: ValidationReport, findingsPerPiece = FINDINGS_PER_PIECE): Generator<string> {
  const { findings } = report;
  yield `${JSON.stringify(exportHead(report)).slice(0, -1)},"findings":[`;
  for (let start = 0; start < findings.length; start += findingsPerPiece) {
    const piece: ExportedFinding[] = findings.slice(start, start + findingsPerPiece);
    let json = JSON.stringify(piece);
    // One test over the piece's JSON instead of four per finding: only a piece that may hold a
    // hidden character (almost never) is looked at finding by finding and written again.
    if (jsonMayHoldHidden(json)) {
      for (let i = 0; i < piece.length; i++) piece[i] = exportedFinding(piece[i]!);
      json = JSON.stringify(piece);
    }
    json = json.slice(1, -1);
    yield start === 0 ? json : `,${json}`;
  }
  yield ']}\n';
}

export function issuesJson(report: ValidationReport): string {
  return [...issuesJsonPieces(report)].join('');
}
