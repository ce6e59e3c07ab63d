import { z } from 'zod';
import { type ClassificationMaster, classificationMaster } from '../../core/master/classification-master';
import type { MasterLine } from '../../core/master/read-master-table';
import { profileAuditChain, writeAudited } from './audit-log';
import { parseStored } from './parse-stored';
import { assertProfileLive, type ProfileContext } from './profile-context';
import { openPayload, type SealContext, sealPayload } from './sealed-payload';
import { classificationMasterRecord, type MasterKind } from './sync-records';
import { runWrite } from './write-transaction';

/**
 * A profile's classification masters, sealed like scans: the workspace's approved classifications
 * as last fetched (so a check offline still uses them), and a master file loaded in Options.
 * Part numbers and tariff codes are the importer's business data, hence encrypted at rest.
 */

/** What the Options page shows of a master: no lines. */
export interface StoredMasterInfo {
  kind: MasterKind;
  name: string;
  savedAt: string;
  partCount: number;
}

const masterSeal = (ctx: ProfileContext, kind: MasterKind): SealContext => ({ purpose: 'classification-master', profileId: ctx.profileId, recordId: kind });
const linesPayload = z.array(
  z.object({ partNumber: z.string(), tariffCode: z.string(), countryOfOrigin: z.string().nullable(), unit: z.string().nullable(), note: z.string().nullable() }),
);

async function storedMaster(ctx: ProfileContext, kind: MasterKind) {
  const value = await ctx.db.get('classificationMasters', [ctx.profileId, kind]);
  return value === undefined ? null : parseStored(classificationMasterRecord, value, `the ${kind} classification master`);
}

export async function masterInfo(ctx: ProfileContext, kind: MasterKind): Promise<StoredMasterInfo | null> {
  const record = await storedMaster(ctx, kind);
  return record && { kind, name: record.name, savedAt: record.savedAt, partCount: record.partCount };
}

/** The stored master as a check consults it; null when there is none. */
export async function readMaster(ctx: ProfileContext, kind: MasterKind): Promise<ClassificationMaster | null> {
  const record = await storedMaster(ctx, kind);
  if (!record) return null;
  const lines = await openPayload(ctx.key, masterSeal(ctx, kind), record.lines, linesPayload, `the ${kind} classification master`);
  return classificationMaster(record.name, lines);
}

/**
 * Keep a master, replacing the one of the same kind. Loading a file is the user's settings change
 * (audited); refreshing the workspace's copy at each scan is not, or every scan would log it twice.
 */
export async function saveMaster(ctx: ProfileContext, kind: MasterKind, name: string, lines: readonly MasterLine[]): Promise<StoredMasterInfo> {
  const now = ctx.clock();
  const record = {
    profileId: ctx.profileId,
    kind,
    name: name.slice(0, 1000),
    savedAt: now.toISOString(),
    partCount: new Set(lines.map((line) => line.partNumber.trim().toUpperCase())).size,
    lines: await sealPayload(ctx.key, masterSeal(ctx, kind), lines),
  };
  const work = async (transaction: Parameters<Parameters<typeof runWrite>[3]>[0]) => {
    await assertProfileLive(transaction, ctx.profileId);
    await transaction.objectStore('classificationMasters').put(record);
  };
  const what = `the classification master "${record.name}"`;
  if (kind === 'file') {
    await writeAudited(ctx.db, profileAuditChain(ctx.profileId), [{ action: 'settings-change', object: `classification master ${record.name}` }], now, { stores: ['classificationMasters', 'keys'], what, work });
  } else {
    await runWrite(ctx.db, ['classificationMasters', 'keys'], what, work);
  }
  return { kind, name: record.name, savedAt: record.savedAt, partCount: record.partCount };
}

export async function removeMasterFile(ctx: ProfileContext): Promise<void> {
  if (!(await storedMaster(ctx, 'file'))) return;
  await writeAudited(ctx.db, profileAuditChain(ctx.profileId), [{ action: 'settings-change', object: 'classification master removed' }], ctx.clock(), {
    stores: ['classificationMasters'],
    what: 'the removal of the classification master file',
    work: async (transaction) => {
      await transaction.objectStore('classificationMasters').delete([ctx.profileId, 'file']);
    },
  });
}
