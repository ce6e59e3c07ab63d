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
const args = process.argv.slice(2);
if (args[0] === 'workspace') {
  // Loaded only for this command, so `check` never loads the server or its database (in the
  // package it is a bundle of its own, dist/workspace-server.js; see scripts/build-cli.mjs).
  const { runWorkspaceCommand } = await import('../workspace/server/workspace-command');
  process.exitCode = await runWorkspaceCommand(args.slice(1));
} else {
  void runCommandLine(args, process).then((exitCode) => {
    process.exitCode = exitCode;
  });
}
