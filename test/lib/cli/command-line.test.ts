import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCommandLine, unexpectedErrorLine } from '../../../lib/cli/command-line';

function collector() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('the command line process', () => {
  it('writes the report pieces in order and returns the check exit status', async () => {
    const [stdout, stderr] = [collector(), collector()];
    const code = await runCommandLine(['check', 'x.csv'], { stdout: stdout.stream, stderr: stderr.stream }, (argv) => {
      expect(argv).toEqual(['x.csv']);
      return { exitCode: 1, stdout: ['{"a":', '1}', '\n'], stderr: '' };
    });
    expect(code).toBe(1);
    expect(stdout.text()).toBe('{"a":1}\n');
    expect(stderr.text()).toBe('');
  });

  it('waits for a slow reader instead of buffering the whole report', async () => {
    // A 16-byte buffer fills on the first piece: every further piece waits for 'drain'.
    const slow = new PassThrough({ highWaterMark: 16 });
    const received: string[] = [];
    let writtenBeforeRead = 0;
    const pieces = Array.from({ length: 50 }, (_, i) => `piece ${i};`);
    const done = runCommandLine(['x.csv'], { stdout: slow, stderr: collector().stream }, () => ({
      exitCode: 0,
      stdout: (function* () {
        for (const piece of pieces) {
          writtenBeforeRead++;
          yield piece;
        }
      })(),
      stderr: '',
    }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(writtenBeforeRead).toBeLessThan(pieces.length);
    slow.on('data', (chunk: Buffer) => received.push(chunk.toString()));
    expect(await done).toBe(0);
    expect(received.join('')).toBe(pieces.join(''));
  });

  it('turns an unexpected error into exit status 2 and one line, without a stack trace', async () => {
    const [stdout, stderr] = [collector(), collector()];
    const code = await runCommandLine(['x.csv'], { stdout: stdout.stream, stderr: stderr.stream }, () => {
      throw new RangeError('Invalid string length\n    at JSON.stringify (<anonymous>)');
    });
    expect(code).toBe(2);
    expect(stdout.text()).toBe('');
    const lines = stderr.text().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'customs-preflight: unexpected error (RangeError: Invalid string length at JSON.stringify (<anonymous>)). The check did not finish; please report this with the command you ran.',
    );
    expect(lines[1]).toBe('');
  });

  it('describes a thrown non-error too', () => {
    expect(unexpectedErrorLine('disk on fire')).toMatch(/^customs-preflight: unexpected error \(disk on fire\)\./);
  });
});
