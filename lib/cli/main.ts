import { runCheck } from './check-command';

// Entry of `npm run check` and the `customs-preflight` binary: wires the command to the process.
const args = process.argv.slice(2);
const result = await runCheck(args[0] === 'check' ? args.slice(1) : args);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
