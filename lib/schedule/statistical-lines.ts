import type { TariffSchedule } from './tariff-schedule';

const BY_SUBHEADING = new WeakMap<TariffSchedule, Map<string, string[]>>();

/**
 * The statistical lines under an 8-digit subheading, for suggesting the right code when a
 * 10-digit code is not in the schedule. Built once per schedule, on first use.
 */
export function linesUnderSubheading(schedule: TariffSchedule, subheading8: string): readonly string[] {
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
