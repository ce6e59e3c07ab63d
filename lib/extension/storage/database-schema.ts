import type { DBSchema, IDBPDatabase, StoreNames } from 'idb';
import type {
  AuditEntry,
  AuditHeadRecord,
  AuditKeyRecord,
  ImporterProfile,
  ProfileKeyRecord,
  ScanChunkRecord,
  ScanFindingPageRecord,
  ScanFindingsRecord,
  ScanFixesRecord,
  ScanRecord,
  ScheduleFileRecord,
  SettingRecord,
} from './stored-records';
import type { ClassificationMasterRecord, ScanSyncRecord, WorkspaceLinkRecord } from './sync-records';

/** One database per browser profile; importer profiles are separated inside it by key. */
export const DATABASE_NAME = 'customs-preflight';

/** The chain id of the broker-wide audit log; profile ids are UUIDs, so it cannot collide. */
export const BROKER_AUDIT_CHAIN = 'broker';

/** The object stores as of the current schema version (see schema-migrations.ts). */
export interface CustomsDatabaseSchema extends DBSchema {
  profiles: { key: string; value: ImporterProfile };
  /** One non-extractable AES-GCM key per importer profile, keyed by profile id. */
  keys: { key: string; value: ProfileKeyRecord };
  scans: { key: string; value: ScanRecord; indexes: { byProfile: string; byProfileTime: [string, string] } };
  scanFindings: { key: string; value: ScanFindingsRecord; indexes: { byProfile: string } };
  /** A report's findings a page at a time, keyed by [scanId, page] (schema version 5). */
  scanFindingPages: { key: [string, number]; value: ScanFindingPageRecord; indexes: { byProfile: string } };
  /** Keyed by [scanId, startRow]: a chunk resent after a worker restart replaces itself. */
  scanChunks: { key: [string, number]; value: ScanChunkRecord; indexes: { byProfile: string } };
  /** A scan's source form and accepted fixes, keyed by scan id (schema version 2). */
  scanFixes: { key: string; value: ScanFixesRecord; indexes: { byProfile: string } };
  /** The tariff schedule file of a profile, keyed by profile id. */
  schedules: { key: string; value: ScheduleFileRecord };
  /** Out-of-line key [chain id, seq]: chain id is the profile id or BROKER_AUDIT_CHAIN. */
  auditLog: { key: [string, number]; value: AuditEntry };
  /** The HMAC key of each audit chain, keyed by chain id: apart from the log it signs. */
  auditKeys: { key: string; value: AuditKeyRecord };
  /** Where each audit chain ends, keyed by chain id: a log cut short no longer meets it. */
  auditHeads: { key: string; value: AuditHeadRecord };
  settings: { key: string; value: SettingRecord };
  /** The team workspace a profile sends to, keyed by profile id (schema version 4). */
  workspaceLinks: { key: string; value: WorkspaceLinkRecord };
  /** Each scan's sync queue entry and state, keyed by scan id (schema version 4). */
  scanSync: { key: string; value: ScanSyncRecord; indexes: { byProfile: string } };
  /** Keyed by [profile id, kind]: the workspace's approved classifications, and a master file (schema version 4). */
  classificationMasters: { key: [string, string]; value: ClassificationMasterRecord };
}

export type CustomsDatabase = IDBPDatabase<CustomsDatabaseSchema>;
export type StoreName = StoreNames<CustomsDatabaseSchema>;

/** Every key that starts with `prefix` in a store keyed by [profile or scan id, number]. */
export function keysUnder(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound([prefix, -Infinity], [prefix, Infinity]);
}
