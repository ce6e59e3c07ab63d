import { z } from 'zod';
import { profileAuditChain, writeAudited } from './audit-log';
import { profileFromRecord } from './importer-profiles';
import { parseStored } from './parse-stored';
import { assertProfileLive, type ProfileContext } from './profile-context';
import { openPayload, type SealContext, sealPayload } from './sealed-payload';
import { type ImporterProfile, scheduleFileRecord } from './stored-records';

/**
 * The tariff schedule file a filer loaded for a profile (CBP's HTS PGA report, a USITC export).
 * The raw text is kept, sealed, so the schedule can be read again with the current readers;
 * the profile record keeps only its name and size, so listing profiles stays light.
 */

export interface ScheduleFile {
  name: string;
  text: string;
  savedAt: string;
}

const scheduleSeal = (ctx: ProfileContext): SealContext => ({ purpose: 'tariff-schedule', profileId: ctx.profileId, recordId: 'schedule' });
const schedulePayload = z.object({ text: z.string() });

async function updateProfileSchedule(ctx: ProfileContext, file: { name: string; text: string } | null): Promise<ImporterProfile> {
  const now = ctx.clock();
  const sealed = file && (await sealPayload(ctx.key, scheduleSeal(ctx), { text: file.text }));
  const what = file ? `the tariff schedule "${file.name}"` : 'the removal of the tariff schedule';
  return writeAudited(ctx.db, profileAuditChain(ctx.profileId), [{ action: 'settings-change', object: 'schedule' }], now, {
    stores: ['profiles', 'schedules', 'keys'],
    what,
    work: async (transaction) => {
      await assertProfileLive(transaction, ctx.profileId);
      const profiles = transaction.objectStore('profiles');
      const profile = profileFromRecord(await profiles.get(ctx.profileId), ctx.profileId);
      const schedules = transaction.objectStore('schedules');
      if (sealed && file) await schedules.put({ profileId: ctx.profileId, file: sealed });
      else await schedules.delete(ctx.profileId);
      const time = now.toISOString();
      const schedule = file ? { name: file.name, savedAt: time, characters: file.text.length } : null;
      const updated: ImporterProfile = { ...profile, schedule, updatedAt: time };
      await profiles.put(updated);
      return updated;
    },
  });
}

/** Keep this schedule file for the profile, replacing any earlier one. */
export function saveScheduleFile(ctx: ProfileContext, file: { name: string; text: string }): Promise<ImporterProfile> {
  return updateProfileSchedule(ctx, file);
}

export function removeScheduleFile(ctx: ProfileContext): Promise<ImporterProfile> {
  return updateProfileSchedule(ctx, null);
}

export async function readSavedScheduleFile(ctx: ProfileContext): Promise<ScheduleFile | null> {
  const transaction = ctx.db.transaction(['profiles', 'schedules']);
  const info = profileFromRecord(await transaction.objectStore('profiles').get(ctx.profileId), ctx.profileId).schedule;
  if (!info) return null;
  const what = `tariff schedule "${info.name}"`;
  const record = parseStored(scheduleFileRecord, await transaction.objectStore('schedules').get(ctx.profileId), what);
  const { text } = await openPayload(ctx.key, scheduleSeal(ctx), record.file, schedulePayload, what);
  return { name: info.name, text, savedAt: info.savedAt };
}
