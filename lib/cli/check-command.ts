import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MappingError, type MappingOverrides } from '../core/mapping/column-mapping';
import { FIELD_IDS, isFieldId } from '../core/model/fields';
import { isJurisdiction, JURISDICTIONS } from '../core/model/jurisdiction';
import { CatalogReadError } from '../core/read/catalog-read-error';
import { issuesCsvPieces } from '../core/report/issues-csv';
import { issuesJsonBytes } from '../core/report/issues-export';
import { textReportPieces } from '../core/report/text-report';
import { withBuiltInReference } from '../core/reference/built-in-us-tariff';
import { RULE_IDS } from '../core/rules/registry';
import { validateTableCompactly, type ValidationReport } from '../core/validate';
import type { FindingList } from '../core/model/finding-list';
import type { ClassificationMaster } from '../core/master/classification-master';
import { checkFitsInMemory } from './catalog-size-limit';
import type { OutputFile } from './fix-out';
import { PushSetupError, TOKEN_VARIABLE } from './push-setup';
import type { PushTarget } from './workspace-push';
import { cannotOpen, readCatalogFile } from './read-catalog-file';

export const USAGE = `Usage: customs-preflight check <catalog.csv|catalog.xlsx|catalog.json> [options]

Options:
  --jurisdiction US|EU|UK|CA   customs territory whose rules apply (default US)
  --schedule <file>            tariff schedule: CBP ACE "HTS PGA report" CSV, or USITC HTS export (JSON/CSV);
                               without it, U.S. checks use the schedule built into this version;
                               an ACE report is kept read in ~/.cache/customs-preflight for the next
                               run (CUSTOMS_PREFLIGHT_CACHE=off keeps nothing)
  --date YYYY-MM-DD            day tariff codes must be in force on (default today)
  --format text|json|csv       report format (default text); json is customs-preflight/issues@1
  --map field=Header           use this column for a field (repeatable), e.g. --map hts="Tariff No."
  --rules id,id,...            run only these rules
  --sheet NAME                 the sheet of a workbook (.xlsx) to check (default the first)
  --fix-out FILE               write the catalog with every suggested correction applied to FILE, in
                               its original form (CSV delimiter and encoding, or the workbook), and
                               the change log (row, column, old, new, rule) beside it as
                               FILE-without-extension.changes.csv
  --fix-rules id,id,...        with --fix-out: apply only these rules' corrections
  --master <file>              classification master (CSV/JSON: part number, tariff code, origin, unit, note):
                               rows are compared with the team's approved classifications
  --push <url>                 send the report to the team workspace at this address (https, or http for
                               localhost); the upload token is read from ${TOKEN_VARIABLE} or --token-file.
                               Without --master, the workspace's approved classifications are used
  --token-file <file>          file holding the upload token for --push
  --profile <name>             importer profile the scan is filed under in the workspace (default "Command line")

Exit status: 0 no errors, 1 error-level findings, 2 input that cannot be read, 3 the push to the workspace failed.
Fields: ${FIELD_IDS.join(', ')}`;

export type ExitCode = 0 | 1 | 2 | 3;

export interface CommandResult {
  exitCode: ExitCode;
  stdout: string;
  stderr: string;
  /** Files to write (the fixed catalog and its change log), written by the command line. */
  files?: OutputFile[];
}

/**
 * A finished check whose report is handed over a piece at a time, to be written as it comes: as
 * text, or as UTF-8 already (the JSON report, written from encoded parts).
 */
export interface CheckOutcome {
  exitCode: ExitCode;
  stdout: Iterable<string | Uint8Array>;
  stderr: string;
  files?: OutputFile[];
}

/** Thrown for a command line that does not make sense; shown with the usage text. */
class UsageError extends Error {}

/** Run `check` with the given arguments. Pure apart from reading the named files. */
export async function runCheck(argv: readonly string[]): Promise<CommandResult> {
  const outcome = await startCheck(argv);
  const decoder = new TextDecoder();
  return { ...outcome, stdout: [...outcome.stdout].map((piece) => (typeof piece === 'string' ? piece : decoder.decode(piece))).join('') };
}

/**
 * Run `check`; the report comes as pieces, so the binary writes a large one without building it as
 * one string. Asynchronous because the built-in schedule is imported only when a check needs it.
 */
export async function startCheck(argv: readonly string[]): Promise<CheckOutcome> {
  try {
    return await check(argv);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PushSetupError) return { exitCode: 2, stdout: [], stderr: `${error.message}\n\n${USAGE}\n` };
    if (error instanceof CatalogReadError) {
      return { exitCode: 2, stdout: [], stderr: `customs-preflight: ${error.message}\n` };
    }
    throw error;
  }
}

async function check(argv: readonly string[]): Promise<CheckOutcome> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        jurisdiction: { type: 'string', default: 'US' },
        schedule: { type: 'string' },
        date: { type: 'string' },
        format: { type: 'string', default: 'text' },
        map: { type: 'string', multiple: true, default: [] },
        rules: { type: 'string' },
        sheet: { type: 'string' },
        'fix-out': { type: 'string' },
        'fix-rules': { type: 'string' },
        master: { type: 'string' },
        push: { type: 'string' },
        'token-file': { type: 'string' },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { exitCode: 0, stdout: [`${USAGE}\n`], stderr: '' };
  const files = positionals[0] === 'check' ? positionals.slice(1) : positionals;
  if (files.length !== 1) throw new UsageError('Give exactly one catalog file to check.');
  const jurisdiction = values.jurisdiction.toUpperCase();
  if (!isJurisdiction(jurisdiction)) throw new UsageError(`Unknown jurisdiction "${values.jurisdiction}": use ${JURISDICTIONS.join(', ')}.`);
  if (!['text', 'json', 'csv'].includes(values.format)) throw new UsageError(`Unknown format "${values.format}": use text, json or csv.`);
  if (values.date !== undefined && !isIsoDate(values.date)) throw new UsageError(`--date must be a date like 2026-03-01, not "${values.date}".`);
  const enabledRules = values.rules?.split(',').map((id) => id.trim());
  const unknownRule = enabledRules?.find((id) => !RULE_IDS.includes(id));
  if (unknownRule) throw new UsageError(`Unknown rule "${unknownRule}". Rules: ${RULE_IDS.join(', ')}.`);

  const fixRules = values['fix-rules']?.split(',').map((id) => id.trim());
  const unknownFixRule = fixRules?.find((id) => !RULE_IDS.includes(id));
  if (unknownFixRule) throw new UsageError(`Unknown rule "${unknownFixRule}" in --fix-rules. Rules: ${RULE_IDS.join(', ')}.`);
  if (fixRules && values['fix-out'] === undefined) throw new UsageError('--fix-rules needs --fix-out FILE.');
  if (values['fix-out'] !== undefined && resolve(values['fix-out']) === resolve(files[0]!)) {
    throw new UsageError('--fix-out must name a new file: the checked catalog is never overwritten.');
  }

  if (values.push === undefined && (values['token-file'] !== undefined || values.profile !== undefined)) {
    throw new UsageError('--token-file and --profile are for --push: give the workspace address with --push.');
  }
  // Options most checks do not give are loaded only when given (a start compiles none of them).
  const pushing = values.push !== undefined ? await import('./workspace-push') : null;
  const push: PushTarget | null = pushing ? pushing.pushTarget({ push: values.push!, tokenFile: values['token-file'], profile: values.profile }, process.env) : null;

  const file = files[0]!;
  // --fix-out writes the catalog back from its bytes: only then is a CSV file read whole.
  const { read, bytes: catalogBytes } = await readCatalogFile(file, { sheet: values.sheet, wholeFile: values['fix-out'] !== undefined });
  const { table } = read;
  let master: ClassificationMaster | null =
    values.master !== undefined ? (await import('../core/master/read-master-file')).readMasterFile(readBytes(values.master), values.master, jurisdiction) : null;
  let stderr = '';
  if (!master && pushing && push) ({ master, note: stderr } = await pushing.workspaceMaster(push, jurisdiction));
  // The built-in schedule is imported only when used: a check with --schedule never loads it.
  // A --schedule file is kept read between runs (schedule-cache.ts), loaded only when given.
  const schedule = values.schedule ? (await import('./schedule-cache')).readScheduleFileKept(readBytes(values.schedule), values.schedule) : undefined;
  const mapping = parseMapOptions(values.map);
  const options = { ...(await withBuiltInReference({ jurisdiction, schedule, checkDate: values.date, mapping, enabledRules })), master };
  // Findings kept compact, and written a slice at a time: a million rows can have as many findings.
  let report: ValidationReport<FindingList>;
  try {
    report = validateTableCompactly(table, options);
  } catch (error) {
    // A --map header that is not in the catalog: name the catalog, as for any unreadable input.
    if (error instanceof MappingError) throw new CatalogReadError(file, error.message);
    throw error;
  }
  const stdout =
    values.format === 'json' ? issuesJsonBytes(report) : values.format === 'csv' ? issuesCsvPieces(report.findings) : textReportPieces(report);
  const hasErrors = hasErrorFinding(report);
  // --fix-out and --push read the findings as objects (fix-out reads the catalog whole anyway).
  const withFindings = (): ValidationReport => ({ ...report, findings: report.findings.slice(0, report.findings.length) });
  const notes = read.format.kind === 'xlsx' ? read.format.notes.map((note) => `customs-preflight: ${file}: ${note}\n`).join('') : '';
  const fixed = values['fix-out'] !== undefined ? (await import('./fix-out')).fixOutFiles(read, catalogBytes!, file, withFindings(), values['fix-out'], fixRules) : null;
  stderr = notes + stderr + (fixed?.message ?? '');
  const written = fixed ? { files: fixed.files } : {};
  if (pushing && push) {
    const pushed = await pushing.pushReport(push, withFindings(), table);
    stderr += pushed.line;
    // The report is written either way; the status says the push failed, whatever the findings.
    if (!pushed.ok) return { exitCode: 3, stdout, stderr, ...written };
  }
  return { exitCode: hasErrors ? 1 : 0, stdout, stderr, ...written };
}

function hasErrorFinding(report: ValidationReport<FindingList>): boolean {
  // By kind: no finding is made to be asked its severity.
  return report.findings.countsByKind().some(({ kind, count }) => kind.severity === 'error' && count > 0);
}

function readBytes(file: string): Uint8Array {
  try {
    // Refused before a byte is read: a file too large for memory would otherwise end the process
    // in an out-of-memory abort that no handler can turn into a message.
    const stat = statSync(file);
    if (stat.isFile()) checkFitsInMemory(file, stat.size);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof CatalogReadError) throw error;
    throw cannotOpen(file, error);
  }
}

function isIsoDate(text: string): boolean {
  // Date.parse accepts days past the month's end (2026-02-30 is read as March 2): only a date
  // that reads back unchanged exists.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

function parseMapOptions(pairs: readonly string[]): MappingOverrides {
  const overrides: MappingOverrides = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at).trim();
    if (at < 0 || !isFieldId(field)) {
      throw new UsageError(`--map takes field=Header with a field among: ${FIELD_IDS.join(', ')} (got "${pair}").`);
    }
    overrides[field] = pair.slice(at + 1);
  }
  return overrides;
}
