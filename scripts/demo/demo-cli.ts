import { fileURLToPath } from 'node:url';
import { runCheck } from '../../lib/cli/check-command';

// `npm run demo` until the extension demo exists: the command line on the bundled sample
// catalog and sample schedule. Exits 0: finding problems is what the demo is meant to show.
const demo = (file: string) => fileURLToPath(new URL(`../../public/demo/${file}`, import.meta.url));
const result = await runCheck([demo('sample-catalog.csv'), '--schedule', demo('sample-hts-pga-report.csv'), ...process.argv.slice(2)]);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode === 2 ? 2 : 0;
