import { explainMatch } from '../mapping/column-mapping';
import type { ValidationReport } from '../validate';
import type { Finding } from '../model/finding';
import type { FindingSeries } from '../model/finding-list';
import { FINDING_TEXTS, findingsJsonPieces } from './findings-json';
import { hasHiddenCharacters } from './safe-text';
import { summarize } from './summary';
import { FINDINGS_PER_PIECE } from './report-pieces';
import type { ExportedFinding, IssuesExport } from './issues-export-schema';

/**
 * `customs-preflight/issues@1`: the one export format of the command line and the extension.
 * Versioned so other tools can rely on it; it holds no timestamp, so the same catalog checked
 * the same way exports byte-for-byte the same file.
 */
export const ISSUES_FORMAT = 'customs-preflight/issues@1';

// The format's zod schema is in issues-export-schema.ts: writing a report needs none of zod, which
// a command-line start would otherwise compile (a third of its bundle).

export { FINDING_TEXTS };

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
function exportHead(report: ValidationReport<FindingSeries>): Omit<IssuesExport, 'findings'> {
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
    ...(report.summaryRows ? { summaryRows: report.summaryRows } : {}),
    summary: summarize(report.findings),
  };
}

export function toIssuesExport(report: ValidationReport): IssuesExport {
  return { ...exportHead(report), findings: report.findings.map(exportedFinding) };
}

/**
 * The export as compact JSON in UTF-8, a piece at a time, so a report of a million findings is
 * written without ever being one string. The pieces joined are exactly the UTF-8 of
 * `JSON.stringify(toIssuesExport(report))` and a newline: the findings come last, so everything
 * before them is one object written up front, and the findings follow a piece at a time
 * (findings-json.ts). A piece never ends inside a character. A reader that writes each piece out
 * and keeps none passes PIECE_RELEASED to `next()`, so the pieces are written into one buffer.
 */
export function* issuesJsonBytes(report: ValidationReport<FindingSeries>, findingsPerPiece = FINDINGS_PER_PIECE): Generator<Uint8Array, void, unknown> {
  yield encoder.encode(`${JSON.stringify(exportHead(report)).slice(0, -1)},"findings":[`);
  yield* findingsJsonPieces(report.findings, findingsPerPiece);
  yield encoder.encode(']}\n');
}

/** The same pieces as text. */
export function* issuesJsonPieces(report: ValidationReport<FindingSeries>, findingsPerPiece = FINDINGS_PER_PIECE): Generator<string> {
  const decoder = new TextDecoder();
  for (const bytes of issuesJsonBytes(report, findingsPerPiece)) yield decoder.decode(bytes);
}

const encoder = new TextEncoder();

export function issuesJson(report: ValidationReport): string {
  return [...issuesJsonPieces(report)].join('');
}
