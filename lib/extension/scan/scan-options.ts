import type { Jurisdiction } from '../../core/model/jurisdiction';
import { builtInScheduleFor, builtInSection301For, withBuiltInReference } from '../../core/reference/built-in-us-tariff';
import { readScheduleText } from '../../core/schedule/read-schedule';
import type { TariffSchedule } from '../../core/schedule/tariff-schedule';
import type { ImporterProfile, ProfileStore } from '../storage';
import type { ValidateOptions } from '../../core/validate';
import { realClock } from '../worker-turns';

/**
 * Parsed schedules by profile and save time. A 22,000-line schedule takes ~0.1 s to read, so a
 * worker checking several tables in a row reads it once; a new file (new savedAt) replaces it.
 */
const scheduleCache = new Map<string, { savedAt: string; schedule: TariffSchedule }>();

async function profileSchedule(store: ProfileStore, profile: ImporterProfile): Promise<TariffSchedule | null> {
  if (!profile.schedule) return null;
  const cached = scheduleCache.get(profile.id);
  if (cached?.savedAt === profile.schedule.savedAt) return cached.schedule;
  const file = await store.readSavedScheduleFile();
  if (!file) return null;
  const schedule = readScheduleText(file.text, file.name);
  scheduleCache.set(profile.id, { savedAt: file.savedAt, schedule });
  return schedule;
}

/** The site a page belongs to, as column mappings are kept per site. Null for files and odd URLs. */
export function siteOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The reference data built into the extension is decoded on its first use by a worker instance:
 * the U.S. schedule and the Section 301 list took 15–50 ms each in a worker profile of
 * `npm run bench:worker`, and decoded together, in the task that also ran the check's first slice,
 * they held the worker 69 ms. Decoded here one per turn (later checks find them decoded).
 */
async function decodeBuiltInReferenceInTurns(jurisdiction: Jurisdiction, scheduleLoaded: boolean): Promise<void> {
  if (!scheduleLoaded) await builtInScheduleFor(jurisdiction);
  await realClock.pause();
  await builtInSection301For(jurisdiction);
  await realClock.pause();
}

/** How the profile wants a catalog checked: its territory, rules, schedule, and this site's mapping. */
export async function validateOptionsFor(store: ProfileStore, pageUrl: string | null): Promise<ValidateOptions> {
  const profile = await store.profile();
  const site = pageUrl ? siteOf(pageUrl) : null;
  // A schedule file the user loaded wins; otherwise the one built into the extension (U.S.).
  const schedule = (await profileSchedule(store, profile)) ?? undefined;
  await decodeBuiltInReferenceInTurns(profile.jurisdiction, schedule !== undefined);
  return withBuiltInReference({
    jurisdiction: profile.jurisdiction,
    enabledRules: profile.enabledRules ?? undefined,
    mapping: site ? profile.siteMappings[site] : undefined,
    schedule,
  });
}
