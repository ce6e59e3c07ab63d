import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One finished child process, as the operating system accounted for it. */
export interface ProcessRun {
  wallMs: number;
  /** User + system CPU time. */
  cpuMs: number;
  /** Peak resident memory of the process. */
  peakMb: number;
  exitCode: number;
}

const TIME = '/usr/bin/time';

export function canTimeProcesses(): boolean {
  return existsSync(TIME);
}

/**
 * Run a command to completion under GNU time (`/usr/bin/time`, Debian's `time` package): wall
 * clock from start to exit, start-up included, CPU seconds and peak memory. Its standard output
 * goes to `stdoutFile` (a report written to a file, as a user would).
 */
export function timeProcess(command: readonly string[], stdoutFile: string): ProcessRun {
  const dir = mkdtempSync(join(tmpdir(), 'customs-preflight-time-'));
  const timing = join(dir, 'time.txt');
  const out = openSync(stdoutFile, 'w');
  try {
    const result = spawnSync(TIME, ['-f', '%e %U %S %M %x', '-o', timing, ...command], {
      stdio: ['ignore', out, 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    const fields = readFileSync(timing, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    const [wall, user, system, peakKb, exitCode] = fields as [number, number, number, number, number];
    if (exitCode > 1) {
      throw new Error(`${command.join(' ')} exited ${exitCode}: ${result.stderr.toString().slice(0, 2000)}`);
    }
    return { wallMs: wall * 1000, cpuMs: (user + system) * 1000, peakMb: peakKb / 1024, exitCode };
  } finally {
    closeSync(out);
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
