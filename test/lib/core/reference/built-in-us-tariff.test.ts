import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSection301, buildUsSchedule, snapshotText } from '../../../../scripts/generate-us-tariff-reference';
import { builtInScheduleFor, builtInSection301For, withBuiltInReference } from '../../../../lib/core/reference/built-in-us-tariff';
import { packCodes, packRuns, unpackCodeNumbers, unpackCodes, unpackRuns } from '../../../../lib/core/reference/packed-codes';
import { section301SnapshotSchema, usScheduleSnapshotSchema } from '../../../../lib/core/reference/reference-schemas';
import { decodeUsSchedule } from '../../../../lib/core/reference/us-schedule-snapshot';
import type { PackedScheduleLines } from '../../../../lib/core/reference/packed-schedule-lines';
import { readAcePgaReport } from '../../../../lib/core/schedule/read-ace-pga-report';
import { linesUnderSubheading } from '../../../../lib/core/schedule/statistical-lines';
import type { TariffSchedule } from '../../../../lib/core/schedule/tariff-schedule';
import { ACE_REPORT, liveSharedExists, sharedPath } from '../../../support/shared-data';

const committed = (name: string) => readFileSync(new URL(`../../../../lib/core/reference/${name}`, import.meta.url), 'utf8');
const SECTION301 = 'reference/us-section301-rates-hts8.csv';

describe('packed tariff codes', () => {
  it('round-trips sorted codes of any length, sharing leading digits', () => {
    const codes = ['0101210010', '0101210020', '01012900', '8471300100', '8471500150', '98010011'];
    const packed = packCodes(codes);
    expect(packed).toBe('00101210010,820,5900,08471300100,4500150,098010011');
    expect(unpackCodes(packed)).toEqual(codes);
    expect(unpackCodes('')).toEqual([]);
  });

  it('reads the same list as numbers and lengths: leading zeros kept by length, shared digits carried over', () => {
    const codes = ['0101210010', '0101210020', '01012900', '0102', '8471300100', '8471300101', '8471500150', '98010011', '9801001100'];
    const { values, lengths } = unpackCodeNumbers(packCodes(codes));
    expect([...values].map((value, i) => String(value).padStart(lengths[i]!, '0'))).toEqual(codes);
    expect(unpackCodeNumbers('').values).toHaveLength(0);
  });

  it('refuses unsorted or non-digit codes rather than write a list that would decode wrong', () => {
    expect(() => packCodes(['8471300100', '0101210010'])).toThrow(/sorted/);
    expect(() => packCodes(['8471.30'])).toThrow(/digits only/);
  });

  it('round-trips runs of repeated numbers', () => {
    const values = [0, 0, 0, 5, 40, 40, 1];
    expect(packRuns(values)).toBe('0*3,5,14*2,1');
    expect(unpackRuns(packRuns(values))).toEqual(values);
  });
});

describe('the built-in U.S. schedule', async () => {
  const schedule = await builtInScheduleFor('US');

  it('is the CBP ACE report of 2026-02-21, every line with its dates, units, PGA and AD/CVD flags', () => {
    expect(schedule).toMatchObject({ builtIn: true, asOf: '2026-02-21', format: 'ace-pga-report', jurisdiction: 'US' });
    expect(schedule!.lines.size).toBe(22154);
    expect(schedule!.name).toBe('built-in U.S. schedule (CBP ACE "HTS PGA report" of 2026-02-21)');
    expect(schedule!.lines.get('0101210010')).toMatchObject({ units: ['NO'], agencies: ['AM7', 'FD3'], effective: '2012-02-03', expires: '2030-12-31', antidumping: false });
    expect(schedule!.lines.get('6907229011')).toMatchObject({ units: ['M2'], antidumping: true, countervailing: true });
    expect(schedule!.lines.get('98010011')).toBeDefined(); // chapter 98 without the report's leading 00
  });

  // Reads the 1.8 MB report: seconds on a busy machine.
  it('equals what the ACE report it was built from says, line for line', { timeout: 60_000 }, () => {
    const report = readAcePgaReport(readFileSync(sharedPath(ACE_REPORT), 'utf8'), 'report.csv');
    expect(schedule!.lines.size).toBe(report.lines.size);
    for (const [code, line] of report.lines) expect(schedule!.lines.get(code), code).toEqual({ ...line, description: '' });
  });

  it(`is the file scripts/generate-us-tariff-reference.ts writes${liveSharedExists(ACE_REPORT) ? ' from ../shared' : ''} (run it when the report changes)`, { timeout: 60_000 }, () => {
    expect(committed('us-schedule.json')).toBe(snapshotText(buildUsSchedule(readFileSync(sharedPath(ACE_REPORT), 'utf8'))));
  });

  it('is none for other territories: their codes are checked against HS 2022', async () => {
    expect(await builtInScheduleFor('EU')).toBeNull();
    expect(await builtInSection301For('UK')).toBeNull();
  });

  it('is a valid customs-preflight/us-schedule@1 snapshot (checked here with its schema; loading checks only the shape)', () => {
    expect(() => usScheduleSnapshotSchema.parse(JSON.parse(committed('us-schedule.json')))).not.toThrow();
    expect(() => section301SnapshotSchema.parse(JSON.parse(committed('us-section301.json')))).not.toThrow();
  });

  it('looks lines up by code and lists them in code order, as a Map would', () => {
    const codes = [...schedule!.lines.keys()];
    expect(codes).toEqual([...codes].sort());
    expect(schedule!.lines.has('8471300100')).toBe(true);
    expect(schedule!.lines.get('8471300199')).toBeUndefined();
    expect(schedule!.lines.get('8471300100')).toBe(schedule!.lines.get('8471300100'));
    expect([...schedule!.lines.values()]).toHaveLength(22154);
  });

  it('lists the statistical lines under a subheading by search, as the same lines in a Map list them', { timeout: 60_000 }, () => {
    const asMap: TariffSchedule = { ...schedule!, lines: new Map(schedule!.lines) };
    const subheadings = [...new Set([...asMap.lines.keys()].map((code) => code.slice(0, 8)))];
    for (const subheading of [...subheadings, '00000000', '99999999', '84713001']) {
      expect(linesUnderSubheading(schedule!, subheading), subheading).toEqual(linesUnderSubheading(asMap, subheading));
    }
    expect(linesUnderSubheading(schedule!, '84713001')).toEqual(['8471300100']);
    const lines = schedule!.lines as PackedScheduleLines;
    expect(lines.codesStartingWith('847130')).toEqual([...asMap.lines.keys()].filter((code) => code.startsWith('847130')));
    expect(lines.codesStartingWith('0')).toEqual([...asMap.lines.keys()].filter((code) => code.startsWith('0')));
    expect(lines.codesStartingWith('9999999999')).toEqual([]);
    expect(lines.codesStartingWith('84.71')).toEqual([]);
  });

  it('refuses a damaged snapshot with a clear message', () => {
    const snapshot = JSON.parse(committed('us-schedule.json')) as Record<string, unknown>;
    expect(() => decodeUsSchedule({ ...snapshot, attributeRuns: '0*3' })).toThrow(/built-in schedule is damaged/);
    expect(() => decodeUsSchedule({ ...snapshot, format: 'something else' })).toThrow(/not a customs-preflight\/us-schedule@1 snapshot/);
  });
});

describe('the built-in Section 301 list', async () => {
  const list = await builtInSection301For('US');

  it('holds every 8-digit line of the list with its rate', () => {
    const rows = readFileSync(sharedPath(SECTION301), 'utf8').trim().split(/\r?\n/).slice(1);
    expect(list!.rates.size).toBe(rows.length);
    expect(list!.rates.get('01012100')).toBe(7.5);
    expect(list!.rates.get('73181520')).toBe(25);
  });

  it('answers as a Map of every code to its rate would, without making one', () => {
    const snapshot = JSON.parse(committed('us-section301.json')) as { byRate: Record<string, string> };
    const expected = new Map<string, number>();
    for (const [rate, packed] of Object.entries(snapshot.byRate)) for (const code of unpackCodes(packed)) expected.set(code, Number(rate));
    expect(new Map(list!.rates)).toEqual(expected);
    expect(list!.rates.size).toBe(expected.size);
    for (const code of ['0101210', '010121000', '', 'abcdefgh', '99999999', '00000000']) expect(list!.rates.get(code)).toBe(expected.get(code));
    for (const code of [...expected.keys()].filter((_, i) => i % 97 === 0)) expect(list!.rates.has(code)).toBe(true);
  });

  it(`is the file the generator writes${liveSharedExists(SECTION301) ? ' from ../shared' : ''}`, () => {
    expect(committed('us-section301.json')).toBe(snapshotText(buildSection301(readFileSync(sharedPath(SECTION301), 'utf8'))));
  });
});

describe('options with the built-in reference', () => {
  it('fills in the schedule and the Section 301 list for U.S. checks, keeping a loaded schedule', async () => {
    const filled = await withBuiltInReference({});
    expect(filled.schedule?.builtIn).toBe(true);
    expect(filled.section301?.rates.size).toBeGreaterThan(10_000);
    const loaded = { ...filled.schedule!, builtIn: undefined, name: 'mine.csv' };
    expect((await withBuiltInReference({ schedule: loaded })).schedule?.name).toBe('mine.csv');
    expect((await withBuiltInReference({ jurisdiction: 'EU' })).schedule).toBeNull();
  });
});
