import { describe, expect, it } from 'vitest';
import { checkCatalog, checkCells, findingsOf, scheduleOf } from '../../../support/catalog-builder';

// A slice of the U.S. schedule: 8471.50.0150 expired at the end of 2025, 8471.50.0160 starts
// on 1 July 2026, and 6403.99.31 / 0101.21.00 have statistical lines to suggest from.
const schedule = scheduleOf([
  { code: '8471300100', units: ['NO'], effective: '2017-01-01', expires: '2030-12-31' },
  { code: '8471500150', units: ['NO'], effective: '2017-01-01', expires: '2025-12-31' },
  { code: '8471500160', units: ['NO'], effective: '2026-07-01', expires: '2030-12-31' },
  { code: '6403993100', units: ['PRS'] },
  { code: '0101210010', units: ['NO'] },
  { code: '0101210020', units: ['NO'] },
]);

const htsUnknown = (codes: string[], checkDate = '2026-03-01') => checkCells('hts-unknown', 'HTS', codes, { schedule, checkDate });

describe('hts-unknown with a U.S. schedule', () => {
  it('accepts a code in force on the check date, however it is written', () => {
    expect(htsUnknown(['8471.30.0100', '8471300100', '8471.30.01.00'])).toEqual([]);
  });

  it('flags a code that expired before the check date', () => {
    const [finding] = htsUnknown(['8471.50.0150']);
    expect(finding).toMatchObject({ ruleId: 'hts-unknown', severity: 'error', row: 1, field: 'hts', column: 'HTS', value: '8471.50.0150' });
    expect(finding!.message).toContain('expired on 2025-12-31');
  });

  it('treats the expiration date as the last day in force', () => {
    expect(htsUnknown(['8471.50.0150'], '2025-12-31')).toEqual([]);
    expect(htsUnknown(['8471.50.0150'], '2026-01-01')).toHaveLength(1);
  });

  it('flags a code that is not yet in force, and accepts it from its effective date', () => {
    const [finding] = htsUnknown(['8471.50.0160']);
    expect(finding!.message).toContain('takes effect on 2026-07-01');
    expect(htsUnknown(['8471.50.0160'], '2026-07-01')).toEqual([]);
  });

  it('flags an absent code and suggests the one statistical line under its subheading', () => {
    const [finding] = htsUnknown(['6403.99.3150']);
    expect(finding).toMatchObject({ row: 1, value: '6403.99.3150', fix: '6403.99.3100' });
    expect(finding!.message).toContain('not in the tariff schedule (test-schedule.csv)');
  });

  it('lists the siblings but does not pick one when the subheading has several', () => {
    const [finding] = htsUnknown(['0101.21.0030']);
    expect(finding!.fix).toBeUndefined();
    expect(finding!.message).toContain('0101.21.0010, 0101.21.0020');
  });

  it('does not suggest a sibling that is not in force on the check date', () => {
    // Under 8471.50.01 only expired or future lines exist on 2026-03-01.
    const [finding] = htsUnknown(['8471.50.0199']);
    expect(finding!.fix).toBeUndefined();
    expect(finding!.message).not.toContain('8471.50.0150');
  });

  it('flags an absent code with nothing to suggest', () => {
    const [finding] = htsUnknown(['9405.11.0000']);
    expect(finding).toMatchObject({ row: 1, severity: 'error' });
    expect(finding!.fix).toBeUndefined();
  });

  it('flags a line the schedule lists as a heading with statistical lines below it', () => {
    const headings = scheduleOf([{ code: '4202210000', leaf: false }, { code: '4202210030', units: ['NO'] }]);
    const [finding] = checkCells('hts-unknown', 'HTS', ['4202.21.0000'], { schedule: headings });
    expect(finding).toMatchObject({ row: 1, severity: 'error' });
    expect(finding!.message).toMatch(/statistical lines below it/);
  });

  it('leaves malformed codes and chapter 98/99 provisions to the other tariff rules', () => {
    expect(htsUnknown(['84713001', '8471.3O.0100', '9801.00.10', '0098010011', ''])).toEqual([]);
  });
});

describe('hts-unknown without a national schedule', () => {
  it('is skipped for the U.S., and the report says why', () => {
    const report = checkCatalog({ headers: ['Description', 'HTS'], rows: [['Laptop computers', '9999.99.9999']] });
    expect(report.rulesRun).not.toContain('hts-unknown');
    expect(report.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'hts-unknown', reason: expect.stringMatching(/needs a tariff schedule/) }));
    expect(findingsOf(report, 'hts-unknown')).toEqual([]);
  });

  it('checks EU codes against the HS 2022 subheadings', () => {
    const findings = checkCells('hts-unknown', 'CN code', ['84713000', '8471300000', '84719900', '01012100'], { jurisdiction: 'EU' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ row: 3, severity: 'error', field: 'hts', value: '84719900' });
    expect(findings[0]!.message).toContain('847199');
  });

  it('uses the HS 2022 layer for EU codes even when a U.S. schedule is loaded', () => {
    const findings = checkCells('hts-unknown', 'CN code', ['84713000', '84719900'], { jurisdiction: 'EU', schedule });
    expect(findings.map((f) => f.row)).toEqual([2]);
  });

  it('checks UK and Canadian codes against HS 2022 too', () => {
    expect(checkCells('hts-unknown', 'Commodity Code', ['8471300000', '8471990000'], { jurisdiction: 'UK' }).map((f) => f.row)).toEqual([2]);
    expect(checkCells('hts-unknown', 'HS Code', ['8471300000', '8471990000'], { jurisdiction: 'CA' }).map((f) => f.row)).toEqual([2]);
  });
});
