import type { TariffSchedule } from '../schedule/tariff-schedule';
import snapshot from './us-schedule.json';
import { decodeUsSchedule } from './us-schedule-snapshot';

/**
 * The U.S. schedule built into the product (scripts/generate-us-tariff-reference.ts). Reached only
 * through `loadBuiltInUsTariffData`'s dynamic import, so the content script and any code that does
 * not check U.S. codes never carry it; decoded once, on first use.
 */
let schedule: TariffSchedule | undefined;

export function builtInUsSchedule(): TariffSchedule {
  return (schedule ??= decodeUsSchedule(snapshot));
}
