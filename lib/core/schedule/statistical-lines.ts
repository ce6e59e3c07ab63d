import { formatUsCode } from '../values/tariff-code';
import { lookupCode, type ScheduleLine, type TariffSchedule } from './tariff-schedule';

/** Lines kept sorted (the built-in schedule's), which list the codes under a prefix by search. */
interface LinesByPrefix extends ReadonlyMap<string, ScheduleLine> {
  codesStartingWith(prefix: string): string[];
}

function listsCodesByPrefix(lines: ReadonlyMap<string, ScheduleLine>): lines is LinesByPrefix {
  return typeof (lines as Partial<LinesByPrefix>).codesStartingWith === 'function';
}

const BY_SUBHEADING = new WeakMap<TariffSchedule, Map<string, string[]>>();

/**
 * The statistical lines under an 8-digit subheading, for suggesting the right code when a
 * 10-digit code is not in the schedule. Built once per schedule, on first use.
 */
export function linesUnderSubheading(schedule: TariffSchedule, subheading8: string): readonly string[] {
  const { lines } = schedule;
  // The built-in schedule makes a line object only when asked for one: indexing every line would
  // make all 22,000 of them for a catalog that names a few hundred codes.
  if (listsCodesByPrefix(lines)) {
    return lines.codesStartingWith(subheading8).filter((code) => code.length === 10 && lines.get(code)!.leaf);
  }
  let index = BY_SUBHEADING.get(schedule);
  if (!index) {
    index = new Map();
    for (const line of schedule.lines.values()) {
      if (!line.leaf || line.code.length !== 10) continue;
      const key = line.code.slice(0, 8);
      const list = index.get(key);
      if (list) list.push(line.code);
      else index.set(key, [line.code]);
    }
    BY_SUBHEADING.set(schedule, index);
  }
  return index.get(subheading8) ?? [];
}

/**
 * The statistical lines in force under an 8-digit subheading, as words for a finding ("Lines
 * under 4412.31.52: 4412.31.5250, 4412.31.5255.") and as a fix when there is only one.
 */
export function statisticalLinesHint(schedule: TariffSchedule, subheading8: string, date: string): { hint: string; fix?: string } {
  const inForce = linesUnderSubheading(schedule, subheading8).filter((code) => lookupCode(schedule, code, date).status === 'in-force');
  if (inForce.length === 0) return { hint: '' };
  const listed = inForce.slice(0, 5).map(formatUsCode).join(', ');
  const hint = ` Lines under ${formatUsCode(subheading8)}: ${listed}${inForce.length > 5 ? ', ...' : ''}.`;
  return inForce.length === 1 ? { hint, fix: formatUsCode(inForce[0]!) } : { hint };
}
