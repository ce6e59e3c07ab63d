import type { IDBPTransaction } from 'idb';
import type { CustomsDatabase, CustomsDatabaseSchema, StoreName } from './database-schema';

export type UpgradeTransaction = IDBPTransaction<CustomsDatabaseSchema, StoreName[], 'versionchange'>;

/**
 * One step brings the database from version N-1 to N. Steps run inside the versionchange
 * transaction and must not await anything but its requests (the transaction would commit).
 * To change the schema, append a step; never edit one that has shipped, because profiles
 * already at that version will not run it again.
 */
export type SchemaStep = (db: CustomsDatabase, transaction: UpgradeTransaction) => void;

/** Version 1: the stores as first shipped. */
function createVersion1Stores(db: CustomsDatabase): void {
  db.createObjectStore('profiles', { keyPath: 'id' });
  db.createObjectStore('keys', { keyPath: 'profileId' });
  const scans = db.createObjectStore('scans', { keyPath: 'id' });
  scans.createIndex('byProfile', 'profileId');
  scans.createIndex('byProfileTime', ['profileId', 'createdAt']);
  db.createObjectStore('scanFindings', { keyPath: 'scanId' }).createIndex('byProfile', 'profileId');
  db.createObjectStore('scanChunks', { keyPath: ['scanId', 'startRow'] }).createIndex('byProfile', 'profileId');
  db.createObjectStore('schedules', { keyPath: 'profileId' });
  db.createObjectStore('auditLog');
  db.createObjectStore('settings', { keyPath: 'name' });
}

/**
 * Version 2: the audit log becomes a keyed chain. Its keys and heads get stores of their own;
 * the existing entries are signed afresh once the database is open (audit-migration.ts), since
 * WebCrypto cannot be awaited inside this transaction.
 */
function createAuditKeyStores(db: CustomsDatabase): void {
  db.createObjectStore('auditKeys', { keyPath: 'chainId' });
  db.createObjectStore('auditHeads', { keyPath: 'chainId' });
}


/** Version 3: the accepted fixes of a scan and its source file's form, for the fixed catalog. */
function addScanFixesStore(db: CustomsDatabase): void {
  db.createObjectStore('scanFixes', { keyPath: 'scanId' }).createIndex('byProfile', 'profileId');
}

/**
 * Version 4: the team workspace. A profile's workspace link, the sync queue with each scan's sync
 * state (one record per scan, so a scan's deletion takes both), and the classification masters.
 */
function addWorkspaceSyncStores(db: CustomsDatabase): void {
  db.createObjectStore('workspaceLinks', { keyPath: 'profileId' });
  db.createObjectStore('scanSync', { keyPath: 'scanId' }).createIndex('byProfile', 'profileId');
  db.createObjectStore('classificationMasters', { keyPath: ['profileId', 'kind'] });
}

/**
 * Version 5: a report's findings in pages of their own. One sealed report of 100,000 rows is tens
 * of megabytes, and encoding, encrypting and storing it was a single task of seconds in the
 * service worker; pages are sealed and stored one short task at a time. Reports stored before
 * keep their findings inline and are read as they are.
 */
function addScanFindingPagesStore(db: CustomsDatabase): void {
  db.createObjectStore('scanFindingPages', { keyPath: ['scanId', 'page'] }).createIndex('byProfile', 'profileId');
}

export const SCHEMA_STEPS: readonly SchemaStep[] = [createVersion1Stores, createAuditKeyStores, addScanFixesStore, addWorkspaceSyncStores, addScanFindingPagesStore];

/** Run the steps from the database's version up to the one being opened, in order. */
export function upgradeSchema(
  steps: readonly SchemaStep[],
  db: CustomsDatabase,
  oldVersion: number,
  newVersion: number,
  transaction: UpgradeTransaction,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = steps[version - 1];
    if (!step) throw new Error(`No schema step for database version ${version}.`);
    step(db, transaction);
  }
}
