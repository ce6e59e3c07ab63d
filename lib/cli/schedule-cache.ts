import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { decodeUsSchedule, encodeUsSchedule } from '../core/reference/us-schedule-snapshot';
import { readScheduleFile } from '../core/schedule/read-schedule';
import type { TariffSchedule } from '../core/schedule/tariff-schedule';

/**
 * A `--schedule` file kept read between runs: a filer checks catalog after catalog against the
 * same monthly ACE "HTS PGA report", and reading its 22,000 lines took 150-300 ms of every run.
 * The report is kept in the form the built-in schedule ships in (us-schedule-snapshot.ts: every
 * line's dates, units, agency and AD/CVD flags, no descriptions, which no rule reads), named by
 * the SHA-256 of the file's bytes, so a changed file is never answered from an old copy. Only ACE
 * reports are kept: a USITC export has headings (lines that are no statistical line), which that
 * form does not hold.
 *
 * The folder is `$CUSTOMS_PREFLIGHT_CACHE_DIR`, else `$XDG_CACHE_HOME/customs-preflight`, else
 * `~/.cache/customs-preflight`; `CUSTOMS_PREFLIGHT_CACHE=off` keeps nothing. A copy that cannot be
 * read or written (a read-only home, a damaged file) is passed over: the file is read as before.
 * Schedules are public reference data: nothing of a catalog is kept.
 */
export function readScheduleFileKept(bytes: Uint8Array, file: string, env: NodeJS.ProcessEnv = process.env): TariffSchedule {
  const folder = cacheFolder(env);
  if (!folder) return readScheduleFile(bytes, file);
  const kept = join(folder, `ace-schedule-${createHash('sha256').update(bytes).digest('hex')}.json`);
  try {
    return { ...decodeUsSchedule(JSON.parse(readFileSync(kept, 'utf8'))), name: file, builtIn: false };
  } catch {
    // Not kept yet, or not readable: read the file.
  }
  const schedule = readScheduleFile(bytes, file);
  if (schedule.format === 'ace-pga-report' && schedule.asOf) keep(kept, folder, JSON.stringify(encodeUsSchedule(schedule, file)));
  return schedule;
}

function cacheFolder(env: NodeJS.ProcessEnv): string | null {
  if (env.CUSTOMS_PREFLIGHT_CACHE === 'off') return null;
  if (env.CUSTOMS_PREFLIGHT_CACHE_DIR) return env.CUSTOMS_PREFLIGHT_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || (homedir() ? join(homedir(), '.cache') : '');
  return base ? join(base, 'customs-preflight') : null;
}

/** Write the copy whole or not at all (another run may read it meanwhile). */
function keep(path: string, folder: string, text: string): void {
  const partial = `${path}.${process.pid}.partial`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(partial, text);
    renameSync(partial, path);
  } catch {
    // A folder that cannot be written: the next run reads the file again.
  }
}
