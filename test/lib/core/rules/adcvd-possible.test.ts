import { describe, expect, it } from 'vitest';
import { builtInUsSchedule } from '../../../../lib/core/reference/us-schedule';
import { checkCatalog, checkCells, scheduleOf } from '../../../support/catalog-builder';

const schedule = scheduleOf([
  { code: '7306306000', units: ['KG'], antidumping: true, countervailing: true },
  { code: '7318152010', units: ['KG'], antidumping: true, countervailing: false },
  { code: '8471300100', units: ['NO'], antidumping: false, countervailing: false },
  { code: '7304190000', units: ['KG'], antidumping: true, expires: '2025-12-31' },
]);

describe('adcvd-possible', () => {
  it('tells, as information, that AD or CVD orders cover the line and what the entry then needs', () => {
    const findings = checkCells('adcvd-possible', 'HTS', ['7306.30.6000', '7318.15.2010'], { schedule });
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'adcvd-possible', severity: 'info', row: 1, field: 'hts', value: '7306.30.6000' }),
      expect.objectContaining({ severity: 'info', row: 2 }),
    ]);
    expect(findings[0]!.message).toMatch(/antidumping \(AD\) and countervailing \(CVD\).*case number/);
    expect(findings[1]!.message).toMatch(/antidumping \(AD\) duty orders/);
    expect(findings[1]!.message).not.toMatch(/countervailing/);
  });

  it('says nothing for unflagged lines, lines not in force, or codes it cannot read', () => {
    expect(checkCells('adcvd-possible', 'HTS', ['8471.30.0100', '7304.19.0000', '9999', ''], { schedule })).toEqual([]);
  });

  it('uses the flags of the built-in schedule (CBP ACE report of 2026-02-21)', () => {
    // 6907.22.9011 (glazed ceramic tiles) carries both flags in the ACE report.
    expect(checkCells('adcvd-possible', 'HTS', ['6907.22.9011'], { schedule: builtInUsSchedule() })).toHaveLength(1);
  });

  it('does not run without a schedule, or with one that carries no AD/CVD flags (the USITC export)', () => {
    const without = checkCatalog({ headers: ['HTS'], rows: [['7306.30.6000']] });
    expect(without.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'adcvd-possible', cause: 'missing' }));
    const usitc = checkCatalog({ headers: ['HTS'], rows: [['7306.30.6000']], schedule: { ...schedule, format: 'usitc-json', name: 'hts.json' } });
    expect(usitc.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'adcvd-possible', reason: expect.stringMatching(/hts\.json.*no AD\/CVD flags/), cause: 'missing' }));
  });
});
