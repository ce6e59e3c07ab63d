#!/usr/bin/env node
// The package's `bin`: runs the TypeScript command line through tsx's loader, so the same
// sources serve the extension, the tests and this command without a separate build.
import { register } from 'tsx/esm/api';

register();
await import('../lib/cli/main.ts');
