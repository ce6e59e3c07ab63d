/**
 * Scan results storage for the service worker and extension pages: one IndexedDB database,
 * importer profiles, and per-profile stores. Nothing here touches browser extension APIs.
 */
export { openCustomsDatabase, type OpenDatabaseOptions } from './open-database';
export { DATABASE_NAME, type CustomsDatabase } from './database-schema';
export { SCHEMA_STEPS, type SchemaStep } from './schema-migrations';
export {
  createProfile,
  DEFAULT_PROFILE_NAME,
  deleteProfile,
  ensureDefaultProfile,
  getProfile,
  listProfiles,
  type ProfileSettings,
  requireProfile,
  updateProfile,
} from './importer-profiles';
export { openProfileStore, type ProfileStore } from './profile-store';
export type { WorkspaceLink, WorkspaceLinkInfo } from './workspace-link';
export type { StoredMasterInfo } from './classification-masters';
export type { ProfileSyncStore } from './scan-sync';
export { SYNC_MODES, type MasterKind, type SyncMode } from './sync-records';
export { allRowsReceived, type NewScan, type ReceivedRows } from './scan-reading';
export type { ScanWithReport } from './scan-results';
export { type FixedCatalogFile, MAX_KEPT_WORKBOOK_BYTES } from './scan-fixes';
export type { ScheduleFile } from './tariff-schedule-file';
export { purgeExpiredScans, type PurgedScan, type PurgeReport } from './retention';
export { deleteEverything } from './erase-everything';
export { readSetting, writeSetting, type SettingName, type SettingValue } from './settings';
export { verifyAuditChain, type AuditChainCheck } from './audit-chain';
export { readBrokerAuditLog, type AuditEvent } from './audit-log';
export { AUDIT_LOG_FORMAT, auditLogCsv, auditLogJson } from './audit-export';
export type { Clock } from './profile-context';
export {
  AUDIT_ACTIONS,
  RETENTION_DAYS,
  type AuditAction,
  type AuditEntry,
  type ImporterProfile,
  type ScanInfo,
  type ScanSource,
  type ScanStatus,
} from './stored-records';
export {
  DatabaseVersionError,
  InvalidInputError,
  ProfileNotFoundError,
  ScanNotFoundError,
  ScanStateError,
  StorageError,
  StorageFullError,
  StoredRecordError,
} from './storage-errors';
