import type { Finding } from '../../core/model/finding';
import type { CatalogFormat } from '../../core/read/catalog-format';
import type { AcceptedFix } from '../../core/report/replacement-fixes';
import type { ValidationReport } from '../../core/validate';
import type { AuditChainCheck } from './audit-chain';
import { type AuditEvent, appendAuditEvents, profileAuditChain, readAuditLog, verifyAuditLog } from './audit-log';
import type { CustomsDatabase } from './database-schema';
import { requireProfile } from './importer-profiles';
import { type Clock, loadProfileKey, type ProfileContext, systemClock } from './profile-context';
import { appendScanRows, discardUnfinishedScan, type NewScan, type ReceivedRows, readReceivedRows, readScanHeaders, startScan } from './scan-reading';
import { completeScan, deleteAllScans, deleteScan, getScan, latestScan, listScans, type ScanWithReport } from './scan-results';
import { acceptedFixes, acceptFindingFix, acceptRuleFixes, buildFixedCatalog, type FixedCatalogFile, keepCatalogSource, withdrawFix } from './scan-fixes';
import type { AuditEntry, ImporterProfile, ScanInfo } from './stored-records';
import type { MasterLine } from '../../core/master/read-master-table';
import type { ClassificationMaster } from '../../core/master/classification-master';
import { masterInfo, readMaster, removeMasterFile, saveMaster, type StoredMasterInfo } from './classification-masters';
import { type ProfileSyncStore, profileSyncStore } from './scan-sync';
import type { MasterKind, SyncMode } from './sync-records';
import { removeWorkspaceLink, saveWorkspaceLink, stopForToken, type WorkspaceLink, type WorkspaceLinkInfo, workspaceLink, workspaceLinkInfo } from './workspace-link';
import { readSavedScheduleFile, removeScheduleFile, type ScheduleFile, saveScheduleFile } from './tariff-schedule-file';

/**
 * The only way to a profile's scans, findings, received rows, schedule and audit log: every
 * method is bound to one importer profile, and there is deliberately no call that reads
 * across profiles. A scan id of another profile is "not found" here.
 */
export interface ProfileStore {
  readonly profileId: string;
  /** The profile's current record (settings may have changed since the store was opened). */
  profile(): Promise<ImporterProfile>;

  startScan(input: NewScan): Promise<ScanInfo>;
  appendScanRows(scanId: string, chunk: { startRow: number; rows: string[][]; totalRows?: number }): Promise<ScanInfo>;
  readReceivedRows(scanId: string, rowsAtHand?: string[][]): Promise<ReceivedRows>;
  readScanHeaders(scanId: string): Promise<string[]>;
  completeScan(scanId: string, report: ValidationReport): Promise<ScanInfo>;
  listScans(): Promise<ScanInfo[]>;
  getScan(scanId: string): Promise<ScanWithReport>;
  latestScan(options?: { completeOnly?: boolean }): Promise<ScanWithReport | null>;
  deleteScan(scanId: string): Promise<void>;
  deleteAllScans(): Promise<number>;
  /** Remove a scan that is still reading (it cannot be finished); true when one was removed. */
  discardUnfinishedScan(scanId: string, reason: string): Promise<boolean>;

  /** Fixes the filer accepted, kept (sealed) with the scan and deleted with it; see scan-fixes.ts. */
  fixes: {
    /** Keep the checked file's form (and a workbook) so the fixed catalog comes out in it. */
    keepSource(scanId: string, source: { format: CatalogFormat; workbook?: Uint8Array }): Promise<void>;
    accepted(scanId: string): Promise<AcceptedFix[]>;
    acceptFinding(scanId: string, finding: Finding): Promise<AcceptedFix[]>;
    acceptRule(scanId: string, ruleId: string): Promise<AcceptedFix[]>;
    withdraw(scanId: string, cell: { row: number; columnIndex: number }): Promise<AcceptedFix[]>;
    buildFixedCatalog(scanId: string): Promise<FixedCatalogFile>;
  };

  saveScheduleFile(file: { name: string; text: string }): Promise<ImporterProfile>;
  readSavedScheduleFile(): Promise<ScheduleFile | null>;
  removeScheduleFile(): Promise<ImporterProfile>;

  /** The team workspace this profile sends to (workspace-link.ts). */
  workspace: {
    info(): Promise<WorkspaceLinkInfo | null>;
    /** With the token opened: for the worker's requests only. */
    link(): Promise<WorkspaceLink | null>;
    save(input: { address: string; token?: string; syncMode: SyncMode }): Promise<WorkspaceLinkInfo>;
    remove(): Promise<void>;
    stopForToken(problem: string): Promise<void>;
  };
  /** The sync queue and each scan's sync state (scan-sync.ts). */
  sync: ProfileSyncStore;
  /** The workspace's approved classifications as last fetched, and a master file (classification-masters.ts). */
  masters: {
    info(kind: MasterKind): Promise<StoredMasterInfo | null>;
    read(kind: MasterKind): Promise<ClassificationMaster | null>;
    save(kind: MasterKind, name: string, lines: readonly MasterLine[]): Promise<StoredMasterInfo>;
    removeFile(): Promise<void>;
  };

  audit: {
    /** For what the UI does: 'view-results', 'export', 'sync'. The store records its own writes. */
    record(event: AuditEvent): Promise<void>;
    entries(): Promise<AuditEntry[]>;
    verify(): Promise<AuditChainCheck>;
  };
}

export async function openProfileStore(db: CustomsDatabase, profileId: string, options: { clock?: Clock } = {}): Promise<ProfileStore> {
  const ctx: ProfileContext = { db, profileId, key: await loadProfileKey(db, profileId), clock: options.clock ?? systemClock };
  const chain = profileAuditChain(profileId);
  return {
    profileId,
    profile: () => requireProfile(db, profileId),
    startScan: (input) => startScan(ctx, input),
    appendScanRows: (scanId, chunk) => appendScanRows(ctx, scanId, chunk),
    readReceivedRows: (scanId, rowsAtHand) => readReceivedRows(ctx, scanId, rowsAtHand),
    readScanHeaders: (scanId) => readScanHeaders(ctx, scanId),
    completeScan: (scanId, report) => completeScan(ctx, scanId, report),
    listScans: () => listScans(ctx),
    getScan: (scanId) => getScan(ctx, scanId),
    latestScan: (latestOptions) => latestScan(ctx, latestOptions),
    deleteScan: (scanId) => deleteScan(ctx, scanId),
    deleteAllScans: () => deleteAllScans(ctx),
    discardUnfinishedScan: (scanId, reason) => discardUnfinishedScan(ctx, scanId, reason),
    fixes: {
      keepSource: (scanId, source) => keepCatalogSource(ctx, scanId, source),
      accepted: (scanId) => acceptedFixes(ctx, scanId),
      acceptFinding: (scanId, finding) => acceptFindingFix(ctx, scanId, finding),
      acceptRule: (scanId, ruleId) => acceptRuleFixes(ctx, scanId, ruleId),
      withdraw: (scanId, cell) => withdrawFix(ctx, scanId, cell),
      buildFixedCatalog: (scanId) => buildFixedCatalog(ctx, scanId),
    },
    saveScheduleFile: (file) => saveScheduleFile(ctx, file),
    readSavedScheduleFile: () => readSavedScheduleFile(ctx),
    removeScheduleFile: () => removeScheduleFile(ctx),
    workspace: {
      info: () => workspaceLinkInfo(ctx),
      link: () => workspaceLink(ctx),
      save: (input) => saveWorkspaceLink(ctx, input),
      remove: () => removeWorkspaceLink(ctx),
      stopForToken: (problem) => stopForToken(ctx, problem),
    },
    sync: profileSyncStore(ctx),
    masters: {
      info: (kind) => masterInfo(ctx, kind),
      read: (kind) => readMaster(ctx, kind),
      save: (kind, name, lines) => saveMaster(ctx, kind, name, lines),
      removeFile: () => removeMasterFile(ctx),
    },
    audit: {
      record: (event) => appendAuditEvents(db, chain, [event], ctx.clock()),
      entries: () => readAuditLog(db, chain),
      verify: () => verifyAuditLog(db, chain),
    },
  };
}
