import { openDB } from 'idb';
import { type CustomsDatabase, type CustomsDatabaseSchema, DATABASE_NAME } from './database-schema';
import { sealLegacyAuditChains } from './audit-migration';
import { SCHEMA_STEPS, type SchemaStep, upgradeSchema } from './schema-migrations';
import { DatabaseVersionError } from './storage-errors';

export interface OpenDatabaseOptions {
  name?: string;
  /** The schema steps to apply; tests pass a longer list to rehearse the next migration. */
  steps?: readonly SchemaStep[];
}

/**
 * Open (creating or upgrading) the scan-results database. The service worker and each
 * extension page hold their own connection.
 */
export async function openCustomsDatabase(options: OpenDatabaseOptions = {}): Promise<CustomsDatabase> {
  const steps = options.steps ?? SCHEMA_STEPS;
  try {
    const db = await openDB<CustomsDatabaseSchema>(options.name ?? DATABASE_NAME, steps.length, {
      upgrade: (database, oldVersion, newVersion, transaction) =>
        upgradeSchema(steps, database, oldVersion, newVersion ?? steps.length, transaction),
      // An updated extension opening a newer version waits for every open connection to
      // close; an old page left open would block the upgrade forever, so it steps aside.
      blocking: () => db.close(),
    });
    // Audit logs from before the chain was keyed are signed under a key now (a no-op once done).
    await sealLegacyAuditChains(db);
    return db;
  } catch (error) {
    if ((error as { name?: unknown }).name === 'VersionError') {
      throw new DatabaseVersionError(
        `The stored scan results were written by a newer version of Customs Preflight than this one (schema ${steps.length}). Update the extension.`,
        { cause: error },
      );
    }
    throw error;
  }
}
