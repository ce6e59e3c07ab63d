import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readScheduleFileKept } from '../../../lib/cli/schedule-cache';
import { readCatalogText } from '../../../lib/core/read/read-catalog';
import { readScheduleFile } from '../../../lib/core/schedule/read-schedule';
import { validateTable } from '../../../lib/core/validate';
import { ACE_REPORT, sharedBytes } from '../../support/shared-data';

/**
 * A --schedule file kept read between runs (schedule-cache.ts): the copy answers for the same
 * bytes only, checks come out the same with it, and a copy that cannot be used is passed over.
 */
let folder: string;
let env: NodeJS.ProcessEnv;
const report = sharedBytes(ACE_REPORT);
const copies = (): string[] => readdirSync(folder).filter((name) => name.endsWith('.json'));

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'schedule-cache-'));
  env = { CUSTOMS_PREFLIGHT_CACHE_DIR: folder };
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('a --schedule file kept read between runs', () => {
  it('is kept at the first run and read from the copy at the next, named by its bytes', () => {
    const first = readScheduleFileKept(report, 'report.csv', env);
    expect(first.lines.size).toBe(22_154);
    expect(copies()).toHaveLength(1);
    // The copy answers the next run: a copy changed by hand shows through.
    const copy = join(folder, copies()[0]!);
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('"asOf":"2026-02-21"', '"asOf":"2026-02-22"'));
    const next = readScheduleFileKept(report, 'report.csv', env);
    expect(next).toMatchObject({ name: 'report.csv', format: 'ace-pga-report', asOf: '2026-02-22', builtIn: false });
    // Other bytes, another copy: a changed file is never answered from an old one.
    const changed = new TextEncoder().encode(new TextDecoder().decode(report).replace('2/21/2026', '2/20/2026'));
    expect(readScheduleFileKept(changed, 'report.csv', env).asOf).toBe('2026-02-20');
    expect(copies()).toHaveLength(2);
  });

  it('checks a catalog exactly as the file read anew does', () => {
    readScheduleFileKept(report, 'report.csv', env);
    const kept = readScheduleFileKept(report, 'report.csv', env);
    const read = readScheduleFile(report, 'report.csv');
    const catalog = readCatalogText(new TextDecoder().decode(sharedBytes('fixtures/catalog-en-400.csv')), 'catalog.csv');
    for (const checkDate of ['2026-03-01', '2031-01-02']) {
      const withKept = validateTable(catalog, { schedule: kept, checkDate }).findings;
      expect(withKept.length).toBeGreaterThan(0);
      expect(withKept).toEqual(validateTable(catalog, { schedule: read, checkDate }).findings);
    }
  });

  it('passes over a damaged copy, and keeps nothing when told not to', () => {
    readScheduleFileKept(report, 'report.csv', env);
    writeFileSync(join(folder, copies()[0]!), '{"format":"customs-preflight/us-schedule@1"');
    expect(readScheduleFileKept(report, 'report.csv', env).lines.size).toBe(22_154);
    rmSync(join(folder, copies()[0]!));
    readScheduleFileKept(report, 'report.csv', { ...env, CUSTOMS_PREFLIGHT_CACHE: 'off' });
    expect(copies()).toHaveLength(0);
  });
});
