import { describe, expect, it } from 'vitest';
import { issuesExportSchema } from '../../../../lib/core/report/issues-export-schema';
import { createProfile, deleteProfile } from '../../../../lib/extension/storage/importer-profiles';
import { openProfileStore } from '../../../../lib/extension/storage/profile-store';
import { ScanNotFoundError, StoredRecordError } from '../../../../lib/extension/storage/storage-errors';
import { deleteEverything } from '../../../../lib/extension/storage/erase-everything';
import { enqueueSend } from '../../../../lib/extension/sync/sync-queue';
import { completedScan, everythingStoredAsText, freshDatabase, rawRecords, SECRET_SKU, testClock } from './storage-fixture';

const TOKEN = 'cpw_upload_SECRETTOKEN4471abcdef';
const MASTER_LINES = [
  { partNumber: 'PN-SECRET-MASTER', tariffCode: '7318152030', countryOfOrigin: 'DE', unit: 'NO', note: 'approved by Ana' },
  { partNumber: 'pn-2', tariffCode: '7318152030', countryOfOrigin: null, unit: null, note: null },
];

async function profileStore() {
  const db = await freshDatabase();
  const time = testClock();
  const profile = await createProfile(db, { name: 'Acme Imports' }, time.clock);
  return { db, time, profile, store: await openProfileStore(db, profile.id, { clock: time.clock }) };
}

describe('the workspace link of a profile', () => {
  it('keeps the address and mode in clear and the upload token sealed, and audits the change', async () => {
    const { db, store } = await profileStore();
    const saved = await store.workspace.save({ address: ' https://preflight.example.com/some/page ', token: TOKEN, syncMode: 'send' });
    expect(saved).toEqual({ origin: 'https://preflight.example.com', syncMode: 'send', tokenProblem: null, updatedAt: '2026-03-01T09:00:00.000Z' });
    expect(await store.workspace.info()).toEqual(saved);
    expect(await store.workspace.link()).toEqual({ ...saved, token: TOKEN });
    expect(await everythingStoredAsText(db)).not.toContain('SECRETTOKEN');
    expect((await store.audit.entries()).at(-1)).toMatchObject({ action: 'settings-change', object: 'workspace https://preflight.example.com (sync send)' });
  });

  it('refuses http to another computer, and a new workspace without its token', async () => {
    const { store } = await profileStore();
    await expect(store.workspace.save({ address: 'http://preflight.example.com', token: TOKEN, syncMode: 'send' })).rejects.toThrow(
      /http:\/\/preflight.example.com is refused: the upload token would cross the network unencrypted/,
    );
    await store.workspace.save({ address: 'http://127.0.0.1:8787', token: TOKEN, syncMode: 'ask' });
    await expect(store.workspace.save({ address: 'https://other.example.com', syncMode: 'ask' })).rejects.toThrow('Enter the upload token for https://other.example.com.');
    // The same workspace: only the mode changes, the token stays.
    await store.workspace.save({ address: 'http://127.0.0.1:8787', syncMode: 'off' });
    expect(await store.workspace.link()).toMatchObject({ origin: 'http://127.0.0.1:8787', syncMode: 'off', token: TOKEN });
  });

  it('a refused token stops the link until a new token is saved', async () => {
    const { store } = await profileStore();
    await store.workspace.save({ address: 'https://preflight.example.com', token: TOKEN, syncMode: 'send' });
    await store.workspace.stopForToken('The workspace refused the upload token.');
    expect(await store.workspace.info()).toMatchObject({ tokenProblem: 'The workspace refused the upload token.' });
    await store.workspace.save({ address: 'https://preflight.example.com', syncMode: 'ask' });
    expect(await store.workspace.info()).toMatchObject({ tokenProblem: 'The workspace refused the upload token.' });
    await store.workspace.save({ address: 'https://preflight.example.com', token: `${TOKEN}-new`, syncMode: 'ask' });
    expect(await store.workspace.info()).toMatchObject({ tokenProblem: null });
  });

  it('removing the workspace forgets its token and its cached approved classifications, not a master file', async () => {
    const { db, store } = await profileStore();
    await store.workspace.save({ address: 'https://preflight.example.com', token: TOKEN, syncMode: 'send' });
    await store.masters.save('workspace', 'the team workspace (https://preflight.example.com)', MASTER_LINES);
    await store.masters.save('file', 'master.csv', MASTER_LINES.slice(0, 1));
    await store.workspace.remove();
    expect(await store.workspace.info()).toBeNull();
    expect(await store.masters.read('workspace')).toBeNull();
    expect((await store.masters.read('file'))?.size).toBe(1);
    expect(await rawRecords(db, 'workspaceLinks')).toEqual([]);
  });

  it('removing the workspace takes its queued scans off the queue, so the next workspace set does not receive them', async () => {
    const { store } = await profileStore();
    await store.workspace.save({ address: 'https://preflight.example.com', token: TOKEN, syncMode: 'send' });
    const scan = await completedScan(store, 3);
    await enqueueSend(store.sync, scan.id, 1000);
    expect(await store.sync.queued()).toHaveLength(1);
    await store.workspace.remove();
    expect(await store.sync.queued()).toEqual([]);
    expect((await store.sync.states()).get(scan.id)).toEqual({ kind: 'failed', reason: 'Not sent: the workspace https://preflight.example.com was removed first.' });
  });
});

describe('the sync queue in IndexedDB', () => {
  it('queues a scan once, survives a new connection, and builds its upload from the stored report and rows', async () => {
    const { db, store, profile, time } = await profileStore();
    const scan = await completedScan(store, 3);
    await enqueueSend(store.sync, scan.id, 1000);
    await enqueueSend(store.sync, scan.id, 2000);
    // A restarted worker: a new store over the same database.
    const again = await openProfileStore(db, profile.id, { clock: time.clock });
    expect(await again.sync.queued()).toEqual([{ scanId: scan.id, queuedAt: 1000, failures: 0, notBefore: 1000, lastError: null }]);
    expect(await again.sync.states()).toEqual(new Map([[scan.id, { kind: 'queued', failures: 0, notBefore: 1000, lastError: null }]]));
    const upload = await again.sync.uploadOf(scan.id);
    expect(upload).toMatchObject({ scanId: scan.id, importerProfile: 'Acme Imports', scannedAt: scan.completedAt });
    expect(issuesExportSchema.safeParse(upload!.report).success).toBe(true);
    // The part number of the row with findings goes along; rows without findings do not.
    expect(upload!.partNumbers['1']).toBe(SECRET_SKU);
    expect(upload!.partNumbers['2']).toBeUndefined();
  });

  it('a sent scan leaves the queue and keeps its link; a deleted scan takes its sync record along', async () => {
    const { db, store } = await profileStore();
    const sent = await completedScan(store, 2);
    const deleted = await completedScan(store, 2);
    await enqueueSend(store.sync, sent.id, 1);
    await enqueueSend(store.sync, deleted.id, 1);
    await store.sync.setState(sent.id, { kind: 'sent', link: `https://w.example.com/#/scans/${sent.id}`, sentAt: 5 });
    await store.sync.remove(sent.id);
    expect((await store.sync.queued()).map((entry) => entry.scanId)).toEqual([deleted.id]);
    expect((await store.sync.states()).get(sent.id)).toEqual({ kind: 'sent', link: `https://w.example.com/#/scans/${sent.id}`, sentAt: 5 });
    await store.deleteScan(deleted.id);
    expect(await store.sync.queued()).toEqual([]);
    expect(await store.sync.uploadOf(deleted.id)).toBeNull();
    expect((await rawRecords(db, 'scanSync')).map((record) => (record as { scanId: string }).scanId)).toEqual([sent.id]);
    // Taking a deleted scan off the queue is not an error (the queue does it when the upload is gone).
    await store.sync.remove(deleted.id);
  });

  it('another profile cannot queue or see this profile\'s scans', async () => {
    const { db, store } = await profileStore();
    const scan = await completedScan(store, 2);
    const other = await openProfileStore(db, (await createProfile(db, { name: 'Other Importer' })).id);
    await expect(enqueueSend(other.sync, scan.id, 1)).rejects.toThrow(ScanNotFoundError);
    await enqueueSend(store.sync, scan.id, 1);
    expect(await other.sync.queued()).toEqual([]);
    expect(await other.sync.uploadOf(scan.id)).toBeNull();
  });

  it('records sends in the profile\'s audit chain', async () => {
    const { store } = await profileStore();
    await store.sync.audit([{ action: 'sync', object: 'abc sent to https://w.example.com' }]);
    expect((await store.audit.entries()).at(-1)).toMatchObject({ action: 'sync', object: 'abc sent to https://w.example.com' });
    expect(await store.audit.verify()).toMatchObject({ intact: true });
  });
});

describe('classification masters', () => {
  it('are sealed per profile and read back as a master that answers by part number in any case', async () => {
    const { db, store } = await profileStore();
    const info = await store.masters.save('workspace', 'the team workspace (https://w.example.com)', MASTER_LINES);
    expect(info).toEqual({ kind: 'workspace', name: 'the team workspace (https://w.example.com)', savedAt: '2026-03-01T09:00:00.000Z', partCount: 2 });
    expect(await everythingStoredAsText(db)).not.toContain('PN-SECRET-MASTER');
    const master = await store.masters.read('workspace');
    expect(master?.classificationOf('pn-secret-master')).toEqual(MASTER_LINES[0]);
    expect(master?.classificationOf('PN-2')?.tariffCode).toBe('7318152030');
    expect(await store.masters.info('file')).toBeNull();
  });

  it('a master moved into another profile\'s record does not open', async () => {
    const { db, store } = await profileStore();
    await store.masters.save('file', 'master.csv', MASTER_LINES);
    const other = await createProfile(db, { name: 'Other Importer' });
    const [record] = (await rawRecords(db, 'classificationMasters')) as { profileId: string }[];
    await db.put('classificationMasters', { ...(record as object), profileId: other.id } as never);
    await expect((await openProfileStore(db, other.id)).masters.read('file')).rejects.toThrow(StoredRecordError);
  });

  it('go with their profile, and with everything', async () => {
    const { db, store, profile } = await profileStore();
    const scan = await completedScan(store, 2);
    await enqueueSend(store.sync, scan.id, 1);
    await store.workspace.save({ address: 'https://w.example.com', token: TOKEN, syncMode: 'send' });
    await store.masters.save('file', 'master.csv', MASTER_LINES);
    await deleteProfile(db, profile.id);
    for (const name of ['workspaceLinks', 'scanSync', 'classificationMasters'] as const) expect(await rawRecords(db, name)).toEqual([]);

    const next = await openProfileStore(db, (await createProfile(db, { name: 'Next' })).id);
    await next.masters.save('file', 'master.csv', MASTER_LINES);
    await deleteEverything(db);
    expect(await rawRecords(db, 'classificationMasters')).toEqual([]);
  });
});
