import { runCommandLine, unexpectedErrorLine } from './command-line';

// Entry of `npm run check` and the `customs-preflight` binary: wires the command to the process.
process.on('uncaughtException', (error) => {
  process.stderr.write(`${unexpectedErrorLine(error)}\n`);
  process.exit(2);
});
// A reader that stops early (`| head`) closes the pipe: the report is no longer wanted, which is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
void runCommandLine(process.argv.slice(2), process).then((exitCode) => {
  process.exitCode = exitCode;
});
