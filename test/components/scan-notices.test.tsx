import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScanReportNotices } from '../../components/popup/ScanNotices';
import { ScheduleNotice } from '../../components/shared/ScheduleNotice';
import type { ValidationReport } from '../../lib/core/validate';

/**
 * The notices the popup and the results page show, rendered by Preact into a DOM (linkedom): what
 * a user reads, for a given check date. The browser tests show them in the built extension.
 */
let root: HTMLElement;
beforeEach(() => {
  const { document } = parseHTML('<!doctype html><html><body><main></main></body></html>');
  (globalThis as { document?: Document }).document = document;
  root = document.querySelector('main')!;
});
afterEach(() => {
  delete (globalThis as { document?: Document }).document;
});

const report = (checkDate: string, rulesSkipped: ValidationReport['rulesSkipped'] = []) =>
  ({
    source: 'portal',
    jurisdiction: 'US',
    checkDate,
    schedule: { name: 'built-in U.S. schedule (CBP ACE "HTS PGA report" of 2026-02-21)', format: 'ace-pga-report', asOf: '2026-02-21', lines: 22154, builtIn: true },
    rowCount: 1,
    mapping: { matches: [], columnOf: {} as ValidationReport['mapping']['columnOf'], unmappedHeaders: [], lineNumberColumns: [], candidates: {} },
    rulesRun: [],
    rulesSkipped,
    findings: [],
  }) satisfies ValidationReport;

describe('the schedule notice on the pages', () => {
  it('names the schedule and its date, and no warning within 90 days', () => {
    render(<ScheduleNotice report={report('2026-04-01')} />, root);
    expect(root.querySelector('.schedule-used')?.textContent).toBe('Tariff schedule: built-in U.S. schedule (CBP ACE "HTS PGA report" of 2026-02-21), 22,154 lines.');
    expect(root.querySelector('.schedule-stale')).toBeNull();
  });

  it('warns past 90 days and links the official sources', () => {
    render(<ScheduleNotice report={report('2026-12-01')} />, root);
    const stale = root.querySelector('.schedule-stale[role=status]');
    expect(stale?.textContent).toMatch(/from 2026-02-21, 283 days before the check date 2026-12-01/);
    expect([...root.querySelectorAll('.schedule-stale a')].map((a) => a.getAttribute('href'))).toEqual(['https://ace.cbp.dhs.gov/', 'https://hts.usitc.gov/']);
  });

  it('in the popup, says the age in one line and keeps what to do and where behind it', () => {
    render(<ScheduleNotice report={report('2026-12-01')} compact />, root);
    const stale = root.querySelector('.schedule-stale[role=status] details');
    expect(stale?.querySelector('summary')?.textContent).toBe('The tariff schedule is 283 days old: codes added or changed since are not known to it.');
    expect(stale?.querySelector('p')?.textContent).toMatch(/from 2026-02-21, 283 days before the check date 2026-12-01/);
    expect(stale?.querySelectorAll('a').length).toBe(2);
  });
});

describe('the popup notices', () => {
  it('say first which checks could not run and why, then the schedule', () => {
    render(
      <ScanReportNotices report={report('2026-12-01', [{ ruleId: 'unit-mismatch', reason: 'needs column unit (Unit of quantity), not found in the table', cause: 'missing' }, { ruleId: 'eori-format', reason: 'does not apply to US', cause: 'jurisdiction' }])} />,
      root,
    );
    const first = root.firstElementChild!;
    expect(first.getAttribute('aria-label')).toBe('Checks that could not run');
    expect(first.textContent).toBe('One check could not run:Unit of quantity differs from the schedule (unit-mismatch): needs column unit (Unit of quantity), not found in the table.');
    expect(root.querySelector('.schedule-stale')).not.toBeNull();
  });

  it('say nothing of rules when every check ran', () => {
    render(<ScanReportNotices report={report('2026-03-01')} />, root);
    expect(root.querySelector('.rules-not-run')).toBeNull();
  });
});
