import { withBuiltInReference } from '../../core/reference/built-in-us-tariff';
import { readScheduleText } from '../../core/schedule/read-schedule';
import type { TariffSchedule } from '../../core/schedule/tariff-schedule';
import type { ImporterProfile, ProfileStore } from '../storage';
import type { ValidateOptions } from '../../core/validate';

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

/** How the profile wants a catalog checked: its territory, rules, schedule, and this site's mapping. */
export async function validateOptionsFor(store: ProfileStore, pageUrl: string | null): Promise<ValidateOptions> {
  const profile = await store.profile();
  const site = pageUrl ? siteOf(pageUrl) : null;
  return withBuiltInReference({
    jurisdiction: profile.jurisdiction,
    enabledRules: profile.enabledRules ?? undefined,
    mapping: site ? profile.siteMappings[site] : undefined,
    // A schedule file the user loaded wins; otherwise the one built into the extension (U.S.).
    schedule: (await profileSchedule(store, profile)) ?? undefined,
  });
}
