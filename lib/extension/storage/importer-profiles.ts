import { z } from 'zod';
import { mappingOverrides } from '../messaging/messages';
import { DEFAULT_JURISDICTION, JURISDICTIONS } from '../../core/model/jurisdiction';
import type { CustomsDatabase } from './database-schema';
import { type AuditEvent, brokerAuditChain, profileAuditChain, writeAudited } from './audit-log';
import { parseInput, parseStored } from './parse-stored';
import { PROFILE_DATA_STORES, removeProfileData } from './profile-data';
import { type Clock, systemClock } from './profile-context';
import { newAuditChainRecords } from './audit-keys';
import { createProfileKey } from './sealed-payload';
import { ProfileNotFoundError } from './storage-errors';
import { type ImporterProfile, importerProfileRecord, RETENTION_DAYS } from './stored-records';
import { type ReadWriteTransaction, runWrite } from './write-transaction';

/** Importer profiles: the customs broker's clients, each with its own rules, mappings and retention. */

export const DEFAULT_PROFILE_NAME = 'Default importer';

function isOrigin(text: string): boolean {
  try {
    return new URL(text).origin === text;
  } catch {
    return false;
  }
}

/** What a filer can set on a profile. */
const profileSettings = z.object({
  name: z.string().trim().min(1, 'a profile needs a name').max(200),
  jurisdiction: z.enum(JURISDICTIONS),
  enabledRules: z.array(z.string().max(64)).nullable(),
  siteMappings: z
    .record(z.string(), mappingOverrides)
    .refine((mappings) => Object.keys(mappings).every(isOrigin), 'site mappings are keyed by origin, e.g. https://ace.cbp.dhs.gov'),
  retentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max),
});
export type ProfileSettings = z.infer<typeof profileSettings>;

/** Parse a filer's input; a key given as undefined counts as not given, not as "clear it". */
function parseSettings<T extends object>(schema: z.ZodType<T>, input: unknown): T {
  const settings = parseInput(schema, input, 'Importer profile settings');
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as T;
}

export async function listProfiles(db: CustomsDatabase): Promise<ImporterProfile[]> {
  const values = await db.getAll('profiles');
  const profiles = values.map((value) => parseStored(importerProfileRecord, value, `importer profile ${value.id}`));
  return profiles.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
}

export async function getProfile(db: CustomsDatabase, profileId: string): Promise<ImporterProfile | null> {
  const value = await db.get('profiles', profileId);
  return value === undefined ? null : profileFromRecord(value, profileId);
}

/** The profile, or ProfileNotFoundError when it does not exist (any more). */
export async function requireProfile(db: CustomsDatabase, profileId: string): Promise<ImporterProfile> {
  return profileFromRecord(await db.get('profiles', profileId), profileId);
}

/** A stored profile record (as read by id), parsed; a missing one is ProfileNotFoundError. */
export function profileFromRecord(value: unknown, profileId: string): ImporterProfile {
  if (value === undefined) throw new ProfileNotFoundError(profileId);
  return parseStored(importerProfileRecord, value, `importer profile ${profileId}`);
}

const DEFAULT_SETTINGS: Omit<ProfileSettings, 'name'> = {
  jurisdiction: DEFAULT_JURISDICTION,
  enabledRules: null,
  siteMappings: {},
  retentionDays: RETENTION_DAYS.default,
};

function newProfile(settings: Partial<ProfileSettings> & { name: string }, now: Date): ImporterProfile {
  const time = now.toISOString();
  return { id: crypto.randomUUID(), ...DEFAULT_SETTINGS, ...settings, schedule: null, createdAt: time, updatedAt: time };
}

const newProfileInput = profileSettings.partial().required({ name: true });

/** A new profile is stored with its encryption key and the start of its audit chain (key and head). */
const PROFILE_RECORD_STORES = ['profiles', 'keys', 'auditKeys', 'auditHeads'] as const;

async function putAuditChainStart(transaction: ReadWriteTransaction, audit: Awaited<ReturnType<typeof newAuditChainRecords>>): Promise<void> {
  await transaction.objectStore('auditKeys').put(audit.key);
  await transaction.objectStore('auditHeads').put(audit.head);
}

/** Create a profile with its own encryption key. Unset settings: US, all rules, 90 days. */
export async function createProfile(
  db: CustomsDatabase,
  input: Partial<ProfileSettings> & { name: string },
  clock: Clock = systemClock,
): Promise<ImporterProfile> {
  const profile = newProfile(parseSettings(newProfileInput, input), clock());
  const key = await createProfileKey();
  const audit = await newAuditChainRecords(profile.id, clock());
  await runWrite(db, [...PROFILE_RECORD_STORES], `the new importer profile "${profile.name}"`, async (transaction) => {
    await transaction.objectStore('keys').put({ profileId: profile.id, key, createdAt: profile.createdAt });
    await putAuditChainStart(transaction, audit);
    await transaction.objectStore('profiles').put(profile);
  });
  return profile;
}

/**
 * The first profile, creating "Default importer" when there is none (first use, or after
 * everything was deleted). Checked and created in one transaction, so the worker and a page
 * starting together make one default, not two.
 */
export async function ensureDefaultProfile(db: CustomsDatabase, clock: Clock = systemClock): Promise<ImporterProfile> {
  const existing = await listProfiles(db);
  if (existing.length > 0) return existing[0]!;
  const key = await createProfileKey();
  const candidate = newProfile({ name: DEFAULT_PROFILE_NAME }, clock());
  const audit = await newAuditChainRecords(candidate.id, clock());
  const created = await runWrite(db, [...PROFILE_RECORD_STORES], 'the default importer profile', async (transaction) => {
    if ((await transaction.objectStore('profiles').count()) > 0) return false;
    await transaction.objectStore('keys').put({ profileId: candidate.id, key, createdAt: candidate.createdAt });
    await putAuditChainStart(transaction, audit);
    await transaction.objectStore('profiles').put(candidate);
    return true;
  });
  return created ? candidate : (await listProfiles(db))[0]!;
}

/** Rename or change settings; each changed setting is recorded in the profile's audit log. */
export async function updateProfile(
  db: CustomsDatabase,
  profileId: string,
  changes: Partial<ProfileSettings>,
  clock: Clock = systemClock,
): Promise<ImporterProfile> {
  const parsed = parseSettings(profileSettings.partial(), changes);
  const now = clock();
  const current = await requireProfile(db, profileId);
  const changed = (Object.keys(parsed) as (keyof ProfileSettings)[]).filter(
    (name) => JSON.stringify(parsed[name]) !== JSON.stringify(current[name]),
  );
  if (changed.length === 0) return current;
  const applied = Object.fromEntries(changed.map((name) => [name, parsed[name]])) as Partial<ProfileSettings>;
  const events: AuditEvent[] = changed.map((name) => ({ action: 'settings-change', object: name }));
  return writeAudited(db, profileAuditChain(profileId), events, now, {
    stores: ['profiles'],
    what: `the settings of importer profile "${current.name}"`,
    work: async (transaction) => {
      const store = transaction.objectStore('profiles');
      const updated: ImporterProfile = { ...profileFromRecord(await store.get(profileId), profileId), ...applied, updatedAt: now.toISOString() };
      await store.put(updated);
      return updated;
    },
  });
}

/**
 * Delete the profile by crypto-shredding: its key goes first, together with the profile
 * record and a broker-log entry, so from that moment nothing sealed for it can be read.
 * Then its data is removed; if that is interrupted, purgeExpiredScans removes the rest.
 */
export async function deleteProfile(db: CustomsDatabase, profileId: string, clock: Clock = systemClock): Promise<void> {
  const profile = await requireProfile(db, profileId);
  await writeAudited(db, brokerAuditChain, [{ action: 'delete-profile', object: `${profile.name} (${profileId})` }], clock(), {
    stores: ['profiles', 'keys'],
    what: `the deletion of importer profile "${profile.name}"`,
    work: async (transaction) => {
      await transaction.objectStore('keys').delete(profileId);
      await transaction.objectStore('profiles').delete(profileId);
    },
  });
  await runWrite(db, PROFILE_DATA_STORES, `the removal of importer profile "${profile.name}"'s data`, (transaction) =>
    removeProfileData(transaction, profileId),
  );
}
