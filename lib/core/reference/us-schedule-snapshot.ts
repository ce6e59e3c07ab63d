import type { ScheduleLine, TariffSchedule } from '../schedule/tariff-schedule';
import { packCodes, packRuns, unpackCodeNumbers, unpackRunsInto } from './packed-codes';
import { PackedScheduleLines } from './packed-schedule-lines';

/**
 * The U.S. schedule as shipped inside the product: every statistical line of CBP's ACE "HTS PGA
 * report" with what the rules need (validity dates, census units, PGA flags, AD/CVD flags), without
 * the descriptions (two thirds of the report's size, read by no rule). Lines are packed codes plus
 * one run-length list of attribute sets, because neighbouring lines nearly always share them.
 */
export interface UsScheduleSnapshot {
  format: 'customs-preflight/us-schedule@1';
  /** Where it was built from, for reports: the official file and who publishes it. */
  source: string;
  file: string;
  /** The report's "HTS Date". */
  asOf: string;
  dates: string[];
  /** Unit lists and PGA flag lists, each written once, space separated. */
  units: string[];
  agencies: string[];
  /**
   * Attribute sets, comma separated, each `effective.expires.units.agencies.flags` in base 36:
   * indexes into dates (empty: none), units and agencies, then AD flag + 2 × CVD flag. One string,
   * because it loads faster than 11,000 small numbers in arrays.
   */
  attributes: string;
  /** packCodes of every code, and packRuns of each code's attribute set. */
  codes: string;
  attributeRuns: string;
}

/**
 * The snapshot is code of this product (bundled JSON, written by the generator and checked by
 * its test against the zod schema in reference-schemas.ts), not input from outside; at load only
 * its shape is checked, by hand: loading zod for it would cost more than the whole decoding.
 */
function checkedSnapshot(data: unknown): UsScheduleSnapshot {
  const snapshot = data as Partial<UsScheduleSnapshot> | null;
  const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (
    snapshot?.format !== 'customs-preflight/us-schedule@1' ||
    typeof snapshot.asOf !== 'string' ||
    typeof snapshot.codes !== 'string' ||
    typeof snapshot.attributes !== 'string' ||
    typeof snapshot.attributeRuns !== 'string' ||
    !strings(snapshot.dates) ||
    !strings(snapshot.units) ||
    !strings(snapshot.agencies)
  ) {
    throw new Error('The built-in schedule is damaged: it is not a customs-preflight/us-schedule@1 snapshot.');
  }
  return snapshot as UsScheduleSnapshot;
}

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
  const snapshot = checkedSnapshot(data);
  const units = snapshot.units.map(words);
  const agencies = snapshot.agencies.map(words);
  const pick = <T>(list: readonly T[], index: string, what: string): T => {
    const value = list[parseInt(index, 36)];
    if (value === undefined) throw new Error(`The built-in schedule is damaged: no ${what} number "${index}".`);
    return value;
  };
  const date = (index: string | undefined) => (index ? pick(snapshot.dates, index, 'date') : null);
  const decodeSet = (set: string): LineAttributes => {
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
  };
  // Attribute sets are read when a line of theirs is first asked for: a check asks for a few
  // hundred lines of the 2,000 sets, and this runs at every command-line start, cold.
  const setTexts = snapshot.attributes.split(',');
  const sets: (LineAttributes | undefined)[] = new Array(setTexts.length);
  const attributesOf = (set: number): LineAttributes => (sets[set] ??= decodeSet(setTexts[set]!));
  const { values, lengths } = unpackCodeNumbers(snapshot.codes);
  let setOfLine: Uint16Array;
  try {
    setOfLine = unpackRunsInto(snapshot.attributeRuns, new Uint16Array(values.length));
  } catch (error) {
    throw new Error(`The built-in schedule is damaged: its attribute runs do not match its ${values.length} codes (${(error as Error).message})`);
  }
  let highestSet = 0;
  for (let i = 0; i < setOfLine.length; i++) if (setOfLine[i]! > highestSet) highestSet = setOfLine[i]!;
  if (setOfLine.length > 0 && highestSet >= setTexts.length) throw new Error('The built-in schedule is damaged: an attribute run names no attribute set.');
  const lines = new PackedScheduleLines(values, lengths, setOfLine, attributesOf);
  return {
    name: `built-in U.S. schedule (${snapshot.source} of ${snapshot.asOf})`,
    format: 'ace-pga-report',
    jurisdiction: 'US',
    asOf: snapshot.asOf,
    lines,
    builtIn: true,
  };
}
