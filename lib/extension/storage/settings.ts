import { z } from 'zod';
import type { CustomsDatabase } from './database-schema';
import { brokerAuditChain, writeAudited } from './audit-log';
import { parseInput, parseStored } from './parse-stored';
import { type Clock, systemClock } from './profile-context';

/**
 * Settings that belong to the browser profile rather than to one importer profile.
 * Each has a schema and a default, so a missing or damaged value never reaches the UI.
 */
const SETTINGS = {
  /** The importer profile the popup and results page open on. */
  activeProfileId: { schema: z.string().min(1).nullable(), default: null },
  /**
   * Sites (origins) the user turned automatic scanning on for; each also needs the optional host
   * permission granted for it, which the browser asks the user for at that moment.
   */
  autoScanSites: {
    schema: z.array(z.string().regex(/^https?:\/\/[^/]+$/, 'a site is an origin such as https://ace.cbp.dhs.gov')).max(200),
    default: [] as string[],
  },
} as const;

export type SettingName = keyof typeof SETTINGS;
export type SettingValue<Name extends SettingName> = z.infer<(typeof SETTINGS)[Name]['schema']>;

export async function readSetting<Name extends SettingName>(db: CustomsDatabase, name: Name): Promise<SettingValue<Name>> {
  const record = await db.get('settings', name);
  if (record === undefined) return SETTINGS[name].default as SettingValue<Name>;
  // Each setting's schema fits its own value type; TypeScript cannot follow that through the union.
  const schema = SETTINGS[name].schema as unknown as z.ZodType<SettingValue<Name>>;
  return parseStored(schema, record.value, `setting "${name}"`);
}

/** Changes are recorded in the broker-wide audit log by setting name. */
export async function writeSetting<Name extends SettingName>(
  db: CustomsDatabase,
  name: Name,
  value: SettingValue<Name>,
  clock: Clock = systemClock,
): Promise<void> {
  const parsed = parseInput(SETTINGS[name].schema as unknown as z.ZodType<SettingValue<Name>>, value, `The setting "${name}"`);
  await writeAudited(db, brokerAuditChain, [{ action: 'settings-change', object: name }], clock(), {
    stores: ['settings'],
    what: `the setting "${name}"`,
    work: async (transaction) => {
      await transaction.objectStore('settings').put({ name, value: parsed });
    },
  });
}
