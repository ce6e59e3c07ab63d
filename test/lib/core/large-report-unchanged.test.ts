import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_JURISDICTION } from '../../../lib/core/model/jurisdiction';
import { readCatalogText } from '../../../lib/core/read/read-catalog';
import { builtInScheduleFor, withBuiltInReference } from '../../../lib/core/reference/built-in-us-tariff';
import { startValidation, validateTable, validateTableCompactly } from '../../../lib/core/validate';
import { generateCatalogCsv } from '../../../scripts/bench/generate-catalog';

/**
 * The engine is rewritten for speed (issue "Fast at any size") under one promise: every report
 * stays the same, byte for byte. This pins the JSON of a 100,000-row generated catalog (the
 * benchmark's, with the built-in schedule and Section 301 list) as the engine wrote it before
 * those changes. A change that alters a report on purpose (a new rule, a reworded message)
 * updates REPORT_SHA256 in the same commit and says why.
 */
const ROWS = 100_000;
const CHECK_DATE = '2026-11-23';
const REPORT_SHA256 = '133258f76db1cff5d3dd6838ef237535c6c001249d73bd07008b41a66f68dad3';
const FINDINGS = 187_859;

describe('a 100,000-row report', () => {
  it('is byte for byte the report the engine wrote before its speed work, whole or a slice at a time', async () => {
    const schedule = (await builtInScheduleFor(DEFAULT_JURISDICTION))!;
    const table = readCatalogText(generateCatalogCsv(ROWS, schedule), 'generated-catalog.csv');
    const options = await withBuiltInReference({ checkDate: CHECK_DATE });

    const whole = validateTable(table, options);
    const json = JSON.stringify(whole);
    expect(whole.findings.length).toBe(FINDINGS);
    expect(createHash('sha256').update(json).digest('hex')).toBe(REPORT_SHA256);

    // The service worker advances a run a few hundred rows at a time: the same report.
    const run = startValidation(table, options);
    while (!run.advance(250));
    expect(JSON.stringify(run.report()) === json).toBe(true);

    // The command line keeps its findings in a FindingList, placed without finding objects: the same findings.
    const compact = validateTableCompactly(table, options);
    expect(JSON.stringify({ ...compact, findings: compact.findings.slice(0, compact.findings.length) }) === json).toBe(true);
  }, 120_000);
});
