import { describe, expect, it } from 'vitest';
import { linesUnderSubheading } from '../../../../lib/core/schedule/statistical-lines';
import { lookupCode, usDateToIso } from '../../../../lib/core/schedule/tariff-schedule';
import { scheduleOf } from '../../../support/catalog-builder';

describe('lookupCode', () => {
  const schedule = scheduleOf([
    { code: '8471500150', effective: '2017-01-01', expires: '2025-12-31' },
    { code: '8471500160', effective: '2026-07-01' },
    { code: '01012100', leaf: false },
    { code: '0101210010' },
  ]);

  it('says whether a code is in force on a date, both ends included', () => {
    expect(lookupCode(schedule, '8471500150', '2017-01-01').status).toBe('in-force');
    expect(lookupCode(schedule, '8471500150', '2025-12-31').status).toBe('in-force');
    expect(lookupCode(schedule, '8471500150', '2026-01-01').status).toBe('expired');
    expect(lookupCode(schedule, '8471500150', '2016-12-31').status).toBe('not-yet');
    expect(lookupCode(schedule, '8471500160', '2026-06-30').status).toBe('not-yet');
    expect(lookupCode(schedule, '8471500160', '2099-01-01').status).toBe('in-force');
  });

  it('tells subheadings with statistical lines and absent codes apart', () => {
    expect(lookupCode(schedule, '01012100', '2026-03-01').status).toBe('not-statistical');
    expect(lookupCode(schedule, '0101210099', '2026-03-01').status).toBe('absent');
  });

  it('lists the statistical lines under an 8-digit subheading', () => {
    expect(linesUnderSubheading(schedule, '01012100')).toEqual(['0101210010']);
    expect(linesUnderSubheading(schedule, '84715001')).toEqual(['8471500150', '8471500160']);
    expect(linesUnderSubheading(schedule, '99999999')).toEqual([]);
  });
});

describe('usDateToIso', () => {
  it('reads the ACE report\'s month/day/year dates', () => {
    expect(usDateToIso('2/3/2012')).toBe('2012-02-03');
    expect(usDateToIso(' 12/31/2030 ')).toBe('2030-12-31');
  });

  it('gives null for blanks and other forms rather than guessing', () => {
    expect(usDateToIso('')).toBeNull();
    expect(usDateToIso('2026-02-21')).toBeNull();
    expect(usDateToIso('31.12.2030')).toBeNull();
  });
});
