import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleNotice } from '../../lib/core/report/schedule-notice';
import { today } from '../../lib/core/validate';
import { pageLabels } from './fixture-pages';
import { type Harness, startHarness } from './harness';
import { exportJson, openResults, pressToolbarButton } from './user-flow';

/**
 * A freshly installed extension, nothing loaded in Options: the built-in U.S. schedule is used,
 * so schedule rules run on a portal page, and the popup and results page say which schedule and
 * how old it is on the day of the check.
 */
const BUILT_IN = { name: 'built-in U.S. schedule (CBP ACE "HTS PGA report" of 2026-02-21)', format: 'ace-pga-report', asOf: '2026-02-21', lines: 22154, builtIn: true };

describe('a fresh install with no schedule loaded', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('finds hts-unknown and unit-mismatch problems on the portal page with the built-in schedule, and says which schedule', async () => {
    const { popup, text } = await pressToolbarButton(harness, 'customs-portal.html');
    expect(text).toContain('16 rows checked');
    // The popup names the schedule, and says how old it is on the day of the check (today).
    const expected = scheduleNotice({ schedule: BUILT_IN, checkDate: today(), jurisdiction: 'US' });
    await popup.waitForSelector('.schedule-used');
    expect(await popup.$eval('.schedule-used', (p) => p.textContent)).toBe(expected.used);
    expect(await popup.$('.schedule-stale')).toSatisfy((stale) => (stale !== null) === (expected.stale !== null));

    const results = await openResults(harness);
    const exported = await exportJson(results);
    expect(exported.schedule).toEqual(BUILT_IN);
    const found = (ruleId: string) => exported.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.row}|${f.field}`);
    const labelled = (ruleId: string) => pageLabels('customs-portal').labels.filter((l) => l.ruleId === ruleId).map((l) => `${l.row}|${l.field}`);
    expect(found('hts-unknown')).toEqual(labelled('hts-unknown'));
    expect(found('unit-mismatch')).toEqual(labelled('unit-mismatch'));
    expect(found('hts-unknown').length + found('unit-mismatch').length).toBeGreaterThanOrEqual(3);

    const notice = scheduleNotice(exported);
    const resultsText = await results.evaluate(() => document.body.innerText);
    expect(resultsText).toContain(notice.used);
    if (notice.stale) expect(resultsText).toContain(notice.stale);
    await results.close();
    await popup.close().catch(() => {});
  });

  it('says first in the popup which checks could not run and why', async () => {
    // catalog-no-units.html has no unit-of-quantity column, so unit-mismatch cannot run on it.
    const { popup } = await pressToolbarButton(harness, 'catalog-no-units.html');
    await popup.waitForSelector('.rules-not-run');
    const first = await popup.$eval('main > :nth-child(2)', (element) => element.className);
    expect(first).toBe('rules-not-run');
    const text = await popup.$eval('.rules-not-run', (element) => (element as HTMLElement).innerText);
    expect(text).toMatch(/Unit of quantity differs from the schedule \(unit-mismatch\): needs column unit/);
    await popup.close().catch(() => {});
  });
});
