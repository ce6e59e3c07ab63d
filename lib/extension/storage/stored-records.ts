import { z } from 'zod';
import { mappingOverrides } from '../messaging/messages';
import { JURISDICTIONS } from '../../core/model/jurisdiction';
import { sealedPayloadSchema } from './sealed-payload';

/**
 * The shape of every record in the "customs-preflight" database. Records are parsed with these
 * on read. Only metadata needed to list and pick scans is kept in clear; anything taken from
 * a catalog or schedule (cells, headers, findings, schedule text) is a SealedPayload.
 */

const isoTime = z.iso.datetime();

export const RETENTION_DAYS = { min: 1, max: 365, default: 90 } as const;

/** A tariff schedule file attached to a profile; its text is in the `schedules` store, sealed. */
export const storedScheduleInfo = z.object({
  name: z.string(),
  savedAt: isoTime,
  characters: z.number().int().nonnegative(),
});
export type StoredScheduleInfo = z.infer<typeof storedScheduleInfo>;

export const importerProfileRecord = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  jurisdiction: z.enum(JURISDICTIONS),
  /** Rule ids to run; null runs every rule (including rules added by later versions). */
  enabledRules: z.array(z.string()).nullable(),
  /** Column-mapping corrections per site origin (`https://ace.cbp.dhs.gov`). */
  siteMappings: z.record(z.string(), mappingOverrides),
  schedule: storedScheduleInfo.nullable(),
  retentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max),
  createdAt: isoTime,
  updatedAt: isoTime,
});
/** A customs broker files for many importers; each has its own settings, scans, key and audit log. */
export type ImporterProfile = z.infer<typeof importerProfileRecord>;

export const profileKeyRecord = z.object({
  profileId: z.string().min(1),
  key: z.instanceof(CryptoKey),
  createdAt: isoTime,
});
export type ProfileKeyRecord = z.infer<typeof profileKeyRecord>;

export const scanSource = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('page'),
    url: z.string().max(4096),
    title: z.string().max(1000),
    /** The content script's id for the table, so a resumed scan asks for the same one. */
    tableId: z.string().max(64).nullable(),
  }),
  z.object({ kind: z.literal('file'), fileName: z.string().max(1000) }),
]);
export type ScanSource = z.infer<typeof scanSource>;

export const SCAN_STATUSES = ['reading', 'complete'] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];

const findingCounts = z.object({
  error: z.number().int().nonnegative(),
  warning: z.number().int().nonnegative(),
  info: z.number().int().nonnegative(),
  byRule: z.record(z.string(), z.number().int().nonnegative()),
});

const scanMetadata = z.object({
  id: z.string().min(1),
  profileId: z.string().min(1),
  status: z.enum(SCAN_STATUSES),
  source: scanSource,
  createdAt: isoTime,
  completedAt: isoTime.nullable(),
  /** Rows the table has: as announced while reading, as checked once complete. */
  rowCount: z.number().int().nonnegative(),
  /**
   * False while a page still streams rows it has not counted yet (the count comes with its last
   * chunk); `rowCount` is then only how far the rows received reach. Absent: the count was known from the start.
   */
  rowCountKnown: z.boolean().optional(),
  /** Rows stored so far in scanChunks (resent chunks counted once). */
  receivedRows: z.number().int().nonnegative(),
  /** Findings per severity and rule; null until the scan is complete. */
  summary: findingCounts.nullable(),
  /**
   * Rows of the table left out as totals or group headings (the report's summaryRows), so the
   * popup counts the lines checked before the report is read; absent: none, or not complete.
   */
  summaryRowCount: z.number().int().nonnegative().optional(),
});
/** What lists and pickers show about a scan; no catalog content. */
export type ScanInfo = z.infer<typeof scanMetadata>;

export const scanRecord = scanMetadata.extend({ headers: sealedPayloadSchema });
export type ScanRecord = z.infer<typeof scanRecord>;

export const scanFindingsRecord = z.object({
  scanId: z.string().min(1),
  profileId: z.string().min(1),
  /** The report; since schema 5 without its findings when `findingPages` is set. */
  report: sealedPayloadSchema,
  /** How many pages of findings are in scanFindingPages (schema 5); absent: the findings are in `report`. */
  findingPages: z.number().int().nonnegative().optional(),
  /** The key of the first of those pages (report-writes.ts); absent: 0. */
  firstPage: z.number().int().nonnegative().optional(),
});
export type ScanFindingsRecord = z.infer<typeof scanFindingsRecord>;

/** One page of a report's findings, in report order: sealed and stored apart so none is one long task. */
export const scanFindingPageRecord = z.object({
  scanId: z.string().min(1),
  profileId: z.string().min(1),
  /** With scanId, the page's key: its report's firstPage plus its place in the report. */
  page: z.number().int().nonnegative(),
  findings: sealedPayloadSchema,
});
export type ScanFindingPageRecord = z.infer<typeof scanFindingPageRecord>;

export const scanChunkRecord = z.object({
  scanId: z.string().min(1),
  profileId: z.string().min(1),
  /** 0-based index of the chunk's first data row: with scanId, the chunk's key. */
  startRow: z.number().int().nonnegative(),
  rowCount: z.number().int().nonnegative(),
  rows: sealedPayloadSchema,
});
export type ScanChunkRecord = z.infer<typeof scanChunkRecord>;

/**
 * What writing a scan's catalog back with fixes needs (see scan-fixes.ts): its source file's form
 * (and, for a workbook, the workbook itself) and the fixes the filer accepted. Both sealed; null
 * until the page kept the source or the first fix was accepted. Deleted with the scan.
 */
export const scanFixesRecord = z.object({
  scanId: z.string().min(1),
  profileId: z.string().min(1),
  source: sealedPayloadSchema.nullable(),
  accepted: sealedPayloadSchema.nullable(),
});
export type ScanFixesRecord = z.infer<typeof scanFixesRecord>;

export const scheduleFileRecord = z.object({
  profileId: z.string().min(1),
  file: sealedPayloadSchema,
});
export type ScheduleFileRecord = z.infer<typeof scheduleFileRecord>;

export const AUDIT_ACTIONS = [
  'scan',
  'file-check',
  'view-results',
  'export',
  'delete-scan',
  'delete-all',
  'delete-profile',
  'settings-change',
  'sync',
  'purge',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const MAX_AUDIT_OBJECT_LENGTH = 1000;

export const auditEntryRecord = z.object({
  /** 1-based position in its profile's log; with the chain id, the record's key. */
  seq: z.number().int().positive(),
  time: isoTime,
  /** null for the broker-wide log (profile deletions, erasing everything, global settings). */
  profileId: z.string().min(1).nullable(),
  action: z.enum(AUDIT_ACTIONS),
  /** A scan id, file name or setting name: never catalog content. */
  object: z.string().max(MAX_AUDIT_OBJECT_LENGTH),
  /** Hex HMAC-SHA-256, under the chain's audit key, over the previous entry's hash and this entry's canonical JSON. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof auditEntryRecord>;

/** The key that signs one audit chain (a profile's, or the broker's), keyed by chain id. */
export const auditKeyRecord = z.object({
  chainId: z.string().min(1),
  key: z.instanceof(CryptoKey).refine((key) => key.algorithm.name === 'HMAC' && !key.extractable, 'must be a non-extractable HMAC key'),
  createdAt: isoTime,
});
export type AuditKeyRecord = z.infer<typeof auditKeyRecord>;

/** Where an audit chain ends (seq 0 before its first entry), written with every append and signed. */
export const auditHeadRecord = z.object({
  chainId: z.string().min(1),
  seq: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** HMAC-SHA-256 under the chain's key over the chain id, seq and hash (see signChainHead). */
  mac: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditHeadRecord = z.infer<typeof auditHeadRecord>;

export const settingRecord = z.object({ name: z.string().min(1), value: z.unknown() });
export type SettingRecord = z.infer<typeof settingRecord>;
