import { z } from 'zod';
import type { ScheduleLine, TariffSchedule } from '../schedule/tariff-schedule';
import { packCodes, packRuns, unpackCodes } from './packed-codes';

/**
 * The U.S. schedule as shipped inside the product: every statistical line of CBP's ACE "HTS PGA
 * report" with what the rules need (validity dates, census units, PGA flags, AD/CVD flags), without
 * the descriptions (two thirds of the report's size, read by no rule). Lines are packed codes plus
 * one run-length list of attribute sets, because neighbouring lines nearly always share them.
 */
export const usScheduleSnapshotSchema = z.object({
  format: z.literal('customs-preflight/us-schedule@1'),
  /** Where it was built from, for reports: the official file and who publishes it. */
  source: z.string(),
  file: z.string(),
  /** The report's "HTS Date". */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  dates: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** Unit lists and PGA flag lists, each written once, space separated. */
  units: z.array(z.string()),
  agencies: z.array(z.string()),
  /**
   * Attribute sets, comma separated, each `effective.expires.units.agencies.flags` in base 36:
   * indexes into dates (empty: none), units and agencies, then AD flag + 2 × CVD flag. Written as
   * one string because checking a string costs nothing, and 11,000 small numbers cost a
   * schema check longer than the whole decoding.
   */
  attributes: z.string().regex(/^[0-9a-z.,]*$/),
  codes: z.string(),
  attributeRuns: z.string(),
});

export type UsScheduleSnapshot = z.infer<typeof usScheduleSnapshotSchema>;

export const US_SCHEDULE_SOURCE = 'CBP ACE "HTS PGA report"';

/** Index of a value in a list that grows as values are met: the snapshot's small dictionaries. */
function indexer<T>() {
  const list: T[] = [];
  const index = new Map<T, number>();
  return {
    list,
    of(value: T): number {
      let at = index.get(value);
      if (at === undefined) index.set(value, (at = list.push(value) - 1));
      return at;
    },
  };
}

export function encodeUsSchedule(schedule: TariffSchedule, file: string): UsScheduleSnapshot {
  if (!schedule.asOf) throw new Error(`${file} says no "HTS Date": the built-in schedule must be dated.`);
  const dates = indexer<string>();
  const units = indexer<string>();
  const agencies = indexer<string>();
  const attributes = indexer<string>();
  const codes = [...schedule.lines.keys()].sort();
  const attributeOfLine = codes.map((code) => {
    const line = schedule.lines.get(code)!;
    const flags = (line.antidumping ? 1 : 0) + (line.countervailing ? 2 : 0);
    const set = [
      line.effective ? dates.of(line.effective).toString(36) : '',
      line.expires ? dates.of(line.expires).toString(36) : '',
      units.of(line.units.join(' ')).toString(36),
      agencies.of(line.agencies.join(' ')).toString(36),
      flags,
    ];
    return attributes.of(set.join('.'));
  });
  return {
    format: 'customs-preflight/us-schedule@1',
    source: US_SCHEDULE_SOURCE,
    file,
    asOf: schedule.asOf,
    dates: dates.list,
    units: units.list,
    agencies: agencies.list,
    attributes: attributes.list.join(','),
    codes: packCodes(codes),
    attributeRuns: packRuns(attributeOfLine),
  };
}

const words = (text: string): readonly string[] => Object.freeze(text === '' ? [] : text.split(' '));

/** What a line takes from its attribute set, resolved once per set rather than once per line. */
type LineAttributes = Omit<ScheduleLine, 'code'>;

export function decodeUsSchedule(data: unknown): TariffSchedule {
  const snapshot = usScheduleSnapshotSchema.parse(data);
  const units = snapshot.units.map(words);
  const agencies = snapshot.agencies.map(words);
  const pick = <T>(list: readonly T[], index: string, what: string): T => {
    const value = list[parseInt(index, 36)];
    if (value === undefined) throw new Error(`The built-in schedule is damaged: no ${what} number "${index}".`);
    return value;
  };
  const date = (index: string | undefined) => (index ? pick(snapshot.dates, index, 'date') : null);
  const sets: LineAttributes[] = snapshot.attributes.split(',').map((set) => {
    const [effective, expires, unitList = '', agencyList = '', flags = '0'] = set.split('.');
    return {
      description: '',
      units: pick(units, unitList, 'unit list'),
      agencies: pick(agencies, agencyList, 'agency list'),
      effective: date(effective),
      expires: date(expires),
      leaf: true,
      antidumping: (Number(flags) & 1) === 1,
      countervailing: (Number(flags) & 2) === 2,
    };
  });
  const codes = unpackCodes(snapshot.codes);
  const lines = new Map<string, ScheduleLine>();
  let line = 0;
  for (const run of snapshot.attributeRuns.split(',')) {
    const star = run.indexOf('*');
    const set = sets[parseInt(star < 0 ? run : run.slice(0, star), 36)];
    const count = star < 0 ? 1 : parseInt(run.slice(star + 1), 36);
    if (!set || line + count > codes.length) throw new Error('The built-in schedule is damaged: its attribute runs do not match its codes.');
    for (const end = line + count; line < end; line++) {
      const code = codes[line]!;
      lines.set(code, {
        code,
        description: set.description,
        units: set.units,
        agencies: set.agencies,
        effective: set.effective,
        expires: set.expires,
        leaf: true,
        antidumping: set.antidumping,
        countervailing: set.countervailing,
      });
    }
  }
  if (line !== codes.length) throw new Error(`The built-in schedule is damaged: ${codes.length} codes but attributes for ${line}.`);
  return {
    name: `built-in U.S. schedule (${snapshot.source} of ${snapshot.asOf})`,
    format: 'ace-pga-report',
    jurisdiction: 'US',
    asOf: snapshot.asOf,
    lines,
    builtIn: true,
  };
}
