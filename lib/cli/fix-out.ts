import { basename, dirname, join } from 'node:path';
import type { ReadCatalog } from '../core/read/read-catalog';
import { changeLogCsv } from '../core/report/change-log';
import { changeLogName, writeFixedCatalog } from '../core/report/fixed-catalog';
import { acceptAllFixes } from '../core/report/replacement-fixes';
import type { ValidationReport } from '../core/validate';

/** A file the command writes; main.ts writes them, so runCheck stays testable without a disk. */
export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

/** "out/catalog.fixed.xlsx" → "out/catalog.fixed.changes.csv", beside the fixed catalog. */
export function changeLogPath(fixedPath: string): string {
  return join(dirname(fixedPath), changeLogName(basename(fixedPath)));
}

/**
 * `--fix-out FILE`: every replacement fix of the report (or of `--fix-rules` only) applied to the
 * catalog, written in its original form to FILE, with the change log beside it. The message for
 * stderr says where both went and what was left out.
 */
export function fixOutFiles(
  read: ReadCatalog,
  sourceBytes: Uint8Array,
  catalogFile: string,
  report: ValidationReport,
  fixOut: string,
  fixRules: readonly string[] | undefined,
): { files: OutputFile[]; message: string } {
  const fixes = acceptAllFixes(report.findings, report.mapping, fixRules);
  const fixed = writeFixedCatalog({ read, bytes: sourceBytes, fileName: catalogFile }, fixes);
  const logPath = changeLogPath(fixOut);
  const lines = [`customs-preflight: fixed catalog written to ${fixOut} (${fixed.changes.length} ${fixed.changes.length === 1 ? 'cell' : 'cells'} changed); change log: ${logPath}`];
  // Only the sheet that was checked is changed; say so, since a workbook can hold several.
  if (read.format.kind === 'xlsx') lines.push(`customs-preflight: only sheet "${read.format.sheet}" was checked and changed.`);
  for (const { fix, reason } of fixed.skipped) lines.push(`customs-preflight: fix not applied (${fix.ruleId}): ${reason}.`);
  return {
    files: [
      { path: fixOut, bytes: fixed.bytes },
      { path: logPath, bytes: new TextEncoder().encode(changeLogCsv(fixed.changes)) },
    ],
    message: `${lines.join('\n')}\n`,
  };
}
