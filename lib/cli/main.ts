import { writeFileSync } from 'node:fs';
import { runCheck } from './check-command';

// Entry of `npm run check` and the `customs-preflight` binary: wires the command to the process.
const args = process.argv.slice(2);
const result = runCheck(args[0] === 'check' ? args.slice(1) : args);
try {
  for (const file of result.files ?? []) writeFileSync(file.path, file.bytes);
} catch (error) {
  process.stderr.write(`customs-preflight: cannot write ${String((error as NodeJS.ErrnoException).path ?? '')}: ${(error as Error).message}\n`);
  process.exitCode = 2;
}
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode ??= result.exitCode;
