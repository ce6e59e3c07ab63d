import { describe, expect, it } from 'vitest';
import {
  autoScanPermission,
  effectiveRetentionDays,
  exportPermission,
  presetWorkspaceOrigin,
  profileLockReason,
  readManagedPolicy,
  syncPermission,
  workspacePermission,
} from '../../../../lib/extension/policy/managed-policy';
import { createProfile, openProfileStore, purgeExpiredScans } from '../../../../lib/extension/storage';
import { freshDatabase, testClock } from '../storage/storage-fixture';

describe('reading the managed policy', () => {
  it('reads every valid setting', () => {
    const { policy, problems } = readManagedPolicy({
      maxRetentionDays: 30,
      allowedAutoScanSites: ['https://ace.cbp.dhs.gov'],
      exportAllowed: false,
      syncAllowed: false,
      lockedProfiles: ['Acme Imports'],
    });
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      maxRetentionDays: 30,
      allowedAutoScanSites: ['https://ace.cbp.dhs.gov'],
      exportAllowed: false,
      syncAllowed: false,
      lockedProfiles: ['Acme Imports'],
    });
  });

  it('keeps the valid settings when one is malformed, and names the bad one', () => {
    const { policy, problems } = readManagedPolicy({ maxRetentionDays: 'thirty', exportAllowed: false, unknownSetting: 1 });
    expect(policy).toEqual({ exportAllowed: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/"maxRetentionDays" is not valid/);
  });

  it('treats an empty or missing area as no policy', () => {
    expect(readManagedPolicy({})).toEqual({ policy: {}, problems: [] });
    expect(readManagedPolicy(undefined)).toEqual({ policy: {}, problems: [] });
  });

  it('rejects a retention maximum outside 1–365 days', () => {
    expect(readManagedPolicy({ maxRetentionDays: 0 }).problems).toHaveLength(1);
    expect(readManagedPolicy({ maxRetentionDays: 400 }).policy).toEqual({});
  });
});

describe('what the policy allows', () => {
  it('caps retention at the administrator maximum', () => {
    expect(effectiveRetentionDays(90, { maxRetentionDays: 30 })).toBe(30);
    expect(effectiveRetentionDays(10, { maxRetentionDays: 30 })).toBe(10);
    expect(effectiveRetentionDays(90, {})).toBe(90);
  });

  it('allows export and sync unless turned off, and says why when off', () => {
    expect(exportPermission({})).toEqual({ allowed: true });
    expect(exportPermission({ exportAllowed: false })).toMatchObject({ allowed: false, reason: expect.stringMatching(/exportAllowed/) });
    expect(syncPermission({ syncAllowed: false }).allowed).toBe(false);
  });

  it('locks the named profiles only', () => {
    expect(profileLockReason('Acme Imports', { lockedProfiles: ['Acme Imports'] })).toMatch(/locked by your administrator/);
    expect(profileLockReason('Other', { lockedProfiles: ['Acme Imports'] })).toBeNull();
  });

  it('limits automatic scanning to the allowed sites when a list is set', () => {
    expect(autoScanPermission('https://ace.cbp.dhs.gov', { allowedAutoScanSites: ['https://ace.cbp.dhs.gov'] }).allowed).toBe(true);
    expect(autoScanPermission('https://erp.example', { allowedAutoScanSites: ['https://ace.cbp.dhs.gov'] }).allowed).toBe(false);
    expect(autoScanPermission('https://erp.example', {}).allowed).toBe(true);
  });
});

describe('retention under a policy maximum (policy stubbed at the storage layer)', () => {
  it('purges scans older than the maximum even when the profile keeps them longer', async () => {
    const db = await freshDatabase();
    const time = testClock('2026-01-01T00:00:00.000Z');
    const profile = await createProfile(db, { name: 'Acme Imports', retentionDays: 90 }, time.clock);
    const store = await openProfileStore(db, profile.id, { clock: time.clock });
    const scan = await store.startScan({ source: { kind: 'file', fileName: 'a.csv' }, headers: ['HTS'], totalRows: 0 });
    time.advanceDays(40);

    expect((await purgeExpiredScans(db, time.now())).expiredScans).toEqual([]);
    const purged = await purgeExpiredScans(db, time.now(), { maxRetentionDays: 30 });
    expect(purged.expiredScans.map((s) => s.scanId)).toEqual([scan.id]);
    expect(await store.listScans()).toEqual([]);
  });
});

describe('the team workspace in the policy', () => {
  it('presets the workspace address, and refuses any other for every profile', () => {
    const { policy, problems } = readManagedPolicy({ workspaceUrl: 'https://preflight.example.com/' });
    expect(problems).toEqual([]);
    expect(presetWorkspaceOrigin(policy)).toBe('https://preflight.example.com');
    expect(workspacePermission('https://preflight.example.com', policy)).toEqual({ allowed: true });
    expect(workspacePermission('https://elsewhere.example.com', policy)).toEqual({
      allowed: false,
      reason: 'Your administrator set the workspace to https://preflight.example.com (enterprise policy "workspaceUrl"); https://elsewhere.example.com cannot be used.',
    });
    expect(presetWorkspaceOrigin({})).toBeNull();
  });

  it('ignores, and reports, a preset address that is not a workspace\'s', () => {
    const { policy, problems } = readManagedPolicy({ workspaceUrl: 'http://preflight.example.com' });
    expect(policy).toEqual({});
    expect(problems).toEqual([expect.stringMatching(/^The policy setting "workspaceUrl" is not valid and is ignored \(it must be the workspace's https:\/\/ address/)]);
  });

  it('syncAllowed false forbids every workspace, preset or not', () => {
    expect(workspacePermission('https://preflight.example.com', { syncAllowed: false, workspaceUrl: 'https://preflight.example.com' })).toMatchObject({ allowed: false, reason: expect.stringContaining('syncAllowed') });
  });
});
