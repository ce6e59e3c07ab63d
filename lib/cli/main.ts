import { runCheck } from './check-command';

// Entry of `npm run check` and the `customs-preflight` binary: wires the command to the process.
const args = process.argv.slice(2);
if (args[0] === 'workspace') {
  // Loaded only for this command, so `check` never loads the server or its database.
  const { runWorkspaceCommand } = await import('../workspace/server/workspace-command');
  process.exitCode = await runWorkspaceCommand(args.slice(1));
} else {
  const result = runCheck(args[0] === 'check' ? args.slice(1) : args);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
