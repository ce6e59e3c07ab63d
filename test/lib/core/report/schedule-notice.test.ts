import { describe, expect, it } from 'vitest';
import { rulesNotRun, scheduleNotice, STALE_AFTER_DAYS } from '../../../../lib/core/report/schedule-notice';

const builtIn = { name: 'built-in U.S. schedule (CBP ACE "HTS PGA report" of 2026-02-21)', format: 'ace-pga-report', asOf: '2026-02-21', lines: 22154, builtIn: true };

describe('the schedule notice', () => {
  it('names the schedule used and its date', () => {
    expect(scheduleNotice({ schedule: builtIn, checkDate: '2026-03-01', jurisdiction: 'US' })).toEqual({
      used: 'Tariff schedule: built-in U.S. schedule (CBP ACE "HTS PGA report" of 2026-02-21), 22,154 lines.',
      stale: null,
      ageDays: 8,
    });
    expect(scheduleNotice({ schedule: { ...builtIn, name: 'hts-pga.csv', builtIn: undefined }, checkDate: '2026-03-01', jurisdiction: 'US' }).used).toBe(
      'Tariff schedule: hts-pga.csv dated 2026-02-21, 22,154 lines.',
    );
    expect(scheduleNotice({ schedule: null, checkDate: '2026-03-01', jurisdiction: 'EU' }).used).toMatch(/No national tariff schedule for EU.*HS 2022/);
  });

  it(`warns when the check date is more than ${STALE_AFTER_DAYS} days after the schedule's date, saying where the official files are`, () => {
    expect(scheduleNotice({ schedule: builtIn, checkDate: '2026-05-22', jurisdiction: 'US' }).stale).toBeNull(); // 90 days
    const stale = scheduleNotice({ schedule: builtIn, checkDate: '2026-05-23', jurisdiction: 'US' });
    expect(stale.ageDays).toBe(91);
    expect(stale.stale).toMatch(/from 2026-02-21, 91 days before the check date 2026-05-23/);
    expect(stale.stale).toMatch(/CBP ACE Reports.*https:\/\/ace\.cbp\.dhs\.gov\/.*USITC.*https:\/\/hts\.usitc\.gov\//);
  });

  it('cannot date an undated schedule and does not pretend to', () => {
    expect(scheduleNotice({ schedule: { ...builtIn, builtIn: undefined, asOf: null }, checkDate: '2027-01-01', jurisdiction: 'US' }).stale).toBeNull();
  });
});

describe('rules that could not run', () => {
  it('lists those missing a column or data, with their titles, not those turned off or of another territory', () => {
    const notRun = rulesNotRun({
      rulesSkipped: [
        { ruleId: 'hts-unknown', reason: 'needs a tariff schedule', cause: 'missing' },
        { ruleId: 'mid-format', reason: 'turned off in this profile', cause: 'turned-off' },
        { ruleId: 'eori-format', reason: 'does not apply to US', cause: 'jurisdiction' },
      ],
    });
    expect(notRun).toEqual([{ ruleId: 'hts-unknown', title: 'Tariff code is not in the schedule', reason: 'needs a tariff schedule' }]);
  });
});
