#!/usr/bin/env node
// The npm registry this project installs from has no builds of native packages for other
// platforms (e.g. @rollup/rollup-android-arm-eabi), so `npm install` leaves them out of
// package-lock.json, and `npm ci` then refuses the lock file as "out of sync". This adds the
// missing optional entries exactly as npm writes them for a platform it will skip. Run it after
// every `npm install` that changes the lock file; test/lib/lockfile.test.ts fails when it was not.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, info] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(info.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    packages[hoisted] = { version, optional: true };
    added++;
  }
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries added`);
