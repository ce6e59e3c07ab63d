import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { PIECE_RELEASED } from '../core/report/report-pieces';
import { type CheckOutcome, type ExitCode, startCheck } from './check-command';

export interface ProcessStreams {
  stdout: Writable;
  stderr: Writable;
}

/**
 * The binary's whole life: run the command, write its report as it comes (waiting when the
 * reader is slower), and turn anything unexpected into one line and exit status 2, never a stack
 * trace: a filer's script reads the status, a filer reads the line.
 */
export async function runCommandLine(
  args: readonly string[],
  streams: ProcessStreams,
  check: (argv: readonly string[]) => CheckOutcome | Promise<CheckOutcome> = startCheck,
): Promise<ExitCode> {
  try {
    const outcome = await check(args[0] === 'check' ? args.slice(1) : args);
    for (const file of outcome.files ?? []) {
      try {
        writeFileSync(file.path, file.bytes);
      } catch (error) {
        streams.stderr.write(`customs-preflight: cannot write ${file.path} (${(error as NodeJS.ErrnoException).code ?? String(error)}).\n`);
        return 2;
      }
    }
    const pieces = outcome.stdout[Symbol.iterator]();
    let released: typeof PIECE_RELEASED | undefined;
    for (let next = pieces.next(); !next.done; next = pieces.next(released)) {
      const piece = next.value;
      if (!streams.stdout.write(typeof piece === 'string' ? utf8Bytes(piece) : piece)) await once(streams.stdout, 'drain');
      released = writtenOut(streams.stdout) ? PIECE_RELEASED : undefined;
    }
    streams.stderr.write(outcome.stderr);
    return outcome.exitCode;
  } catch (error) {
    streams.stderr.write(`${unexpectedErrorLine(error)}\n`);
    return 2;
  }
}

/**
 * Whether the bytes just written have left the process: only the process's own stdout is known to
 * keep nothing once its queue is empty (a file or a pipe is written at once, or queued until
 * written). Another stream (a test's) may keep the bytes it was given, so they are never reused.
 */
function writtenOut(stdout: Writable): boolean {
  return stdout === process.stdout && stdout.writableLength === 0;
}

const encoder = new TextEncoder();

/**
 * A piece of the report as UTF-8, in bytes of its own (the stream may hold them until written),
 * encoded into a buffer of the most bytes the piece can take: a stream given the string encodes
 * it with Buffer.from, which took twice as long (a 100,000-row JSON report is 25 MB).
 */
function utf8Bytes(piece: string): Uint8Array {
  const bytes = Buffer.allocUnsafe(piece.length * 3);
  return bytes.subarray(0, encoder.encodeInto(piece, bytes).written);
}

/** One line for an error nobody planned for: what it said, and that it is ours to fix. */
export function unexpectedErrorLine(error: unknown): string {
  const said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `customs-preflight: unexpected error (${said.replace(/\s+/g, ' ').trim().slice(0, 500)}). The check did not finish; please report this with the command you ran.`;
}
