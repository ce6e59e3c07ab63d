import { useEffect, useState } from 'preact/hooks';
import { readMasterLines } from '../../lib/core/master/read-master-file';
import { decodeText } from '../../lib/core/read/decode-text';
import { plural } from '../../lib/core/report/wording';
import { checkWorkspaceAddress } from '../../lib/workspace/client/workspace-address';
import { pageDatabase } from '../../lib/extension/browser/profile-storage';
import { onSyncEvent, releaseWorkspaceAccess, requestWorkspaceAccess, workspaceSaved } from '../../lib/extension/browser/workspace-access';
import { presetWorkspaceOrigin, syncPermission, workspacePermission } from '../../lib/extension/policy/managed-policy';
import { openProfileStore, type StoredMasterInfo, type SyncMode, type WorkspaceLinkInfo } from '../../lib/extension/storage';
import { FilePicker } from '../shared/FilePicker';
import { SafeText } from '../shared/SafeText';
import type { PanelProps } from './options-context';

const MODES: { mode: SyncMode; label: string }[] = [
  { mode: 'off', label: 'Off: nothing is sent' },
  { mode: 'ask', label: 'Ask after each scan' },
  { mode: 'send', label: 'Send after each scan' },
];

/**
 * Options → Workspace, per importer profile: the team workspace's address and upload token (the
 * browser's permission asked for exactly that origin on save, given back on removal), the sync
 * mode, and a classification master file. The administrator may preset the address or forbid sync.
 */
export function WorkspacePanel({ active, policy, locked, act, setError }: PanelProps) {
  const [link, setLink] = useState<WorkspaceLinkInfo | null>(null);
  const [address, setAddress] = useState('');
  const [token, setToken] = useState('');
  const [mode, setMode] = useState<SyncMode>('off');
  const [masters, setMasters] = useState<{ file: StoredMasterInfo | null; workspace: StoredMasterInfo | null }>({ file: null, workspace: null });
  const store = async () => openProfileStore(await pageDatabase(), active.id);
  const reload = async () => {
    const profile = await store();
    const info = await profile.workspace.info();
    setLink(info);
    setAddress(info?.origin ?? '');
    setMode(info?.syncMode ?? 'off');
    setToken('');
    setMasters({ file: await profile.masters.info('file'), workspace: await profile.masters.info('workspace') });
  };
  useEffect(() => {
    reload().catch((e: unknown) => setError(String(e)));
    // A token refused while this page is open is shown at once.
    return onSyncEvent(() => void reload().catch(() => {}));
  }, [active.id]);

  const sync = syncPermission(policy.policy);
  const preset = presetWorkspaceOrigin(policy.policy);
  const lockReason = !sync.allowed ? sync.reason : locked;

  const save = () => {
    const checked = checkWorkspaceAddress(preset ?? address);
    if (!checked.ok) return setError(checked.problem);
    const { origin } = checked;
    const allowed = workspacePermission(origin, policy.policy);
    if (!allowed.allowed) return setError(allowed.reason);
    const previous = link?.origin ?? null;
    const syncMode = mode;
    const newToken = token.trim() === '' ? undefined : token.trim();
    // Asked first, inside the click: the browser shows its prompt only for a user's action.
    requestWorkspaceAccess(origin)
      .then((granted) => {
        if (!granted) return setError(`Access to ${origin} was not granted, so nothing can be sent there.`);
        act(async () => {
          await (await store()).workspace.save({ address: origin, token: newToken, syncMode });
          if (previous && previous !== origin) await releaseWorkspaceAccess(previous, active.id);
          await reload();
          await workspaceSaved().catch(() => {});
          return `Workspace ${origin} saved; sync ${syncMode === 'off' ? 'is off' : syncMode === 'ask' ? 'asks after each scan' : 'sends after each scan'}.`;
        });
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  const remove = () =>
    act(async () => {
      if (!link) return 'No workspace was set.';
      await (await store()).workspace.remove();
      await releaseWorkspaceAccess(link.origin, active.id);
      await reload();
      return `Workspace ${link.origin} removed, and the browser's access to it given back.`;
    });

  const loadMaster = async (file: File) => {
    try {
      const name = file.name;
      const lines = readMasterLines(decodeText(new Uint8Array(await file.arrayBuffer()), name), name, active.jurisdiction);
      act(async () => {
        const saved = await (await store()).masters.save('file', name, lines);
        await reload();
        return `Classification master ${name} loaded: ${plural(saved.partCount, 'part', 'parts')}.`;
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section class="panel" id="workspace" aria-labelledby="workspace-heading">
      <h2 id="workspace-heading">Workspace</h2>
      {lockReason && <p class="locked">{lockReason}</p>}
      {link?.tokenProblem && (
        <p role="alert" class="error">
          Sync stopped: <SafeText text={link.tokenProblem} />
        </p>
      )}
      <fieldset disabled={lockReason !== null} class="plain">
        <p>
          Your team's workspace:{' '}
          <SafeText text={link ? `${link.origin} (sync ${link.syncMode})` : 'none set. Nothing is sent anywhere, and the extension makes no request at all.'} />
        </p>
        <form
          class="workspace-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label>
            Workspace address{' '}
            <input
              name="workspaceAddress"
              type="url"
              placeholder="https://preflight.example.com"
              value={preset ?? address}
              onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
              readOnly={preset !== null}
              required={preset === null}
            />
          </label>
          {preset && <p class="hint">Set by your administrator (enterprise policy "workspaceUrl").</p>}
          <label>
            Upload token{' '}
            <input
              name="workspaceToken"
              type="password"
              autocomplete="off"
              value={token}
              onInput={(e) => setToken((e.target as HTMLInputElement).value)}
              placeholder={link ? 'saved (leave empty to keep it)' : 'cpw_upload_…'} required={!link} />
          </label>
          <fieldset class="plain">
            <legend>Sync</legend>
            {MODES.map(({ mode: choice, label }) => (
              <label key={choice}>
                <input type="radio" name="syncMode" value={choice} checked={mode === choice} onChange={() => setMode(choice)} /> {label}
              </label>
            ))}
          </fieldset>
          <p class="hint">http:// only for a workspace on this computer (localhost, 127.0.0.1); the browser asks you to allow access to that one address.</p>
          <button type="submit">Save workspace</button>{' '}
          {link && (
            <button type="button" onClick={remove}>
              Remove workspace
            </button>
          )}
        </form>
      </fieldset>
      <section aria-labelledby="master-heading">
        <h3 id="master-heading">Classification master</h3>
        <p>
          <SafeText
            text={
              masters.file
                ? `Master file ${masters.file.name}: ${plural(masters.file.partCount, 'part', 'parts')}, used in every check of this profile.`
                : masters.workspace
                  ? `The workspace's approved classifications (${plural(masters.workspace.partCount, 'part', 'parts')}, fetched ${new Date(masters.workspace.savedAt).toLocaleString()}) are used; a check offline uses this copy.`
                  : link
                    ? "The workspace's approved classifications are fetched when a check starts."
                    : 'None: the master rules do not run.'
            }
          />
        </p>
        <fieldset disabled={locked !== null} class="plain">
          <FilePicker label="Load a master file (CSV or JSON: part number, tariff code, origin, unit, note)" accept=".csv,.json,.txt" onFile={(file) => void loadMaster(file)} />{' '}
          {masters.file && (
            <button
              type="button"
              onClick={() =>
                act(async () => {
                  await (await store()).masters.removeFile();
                  await reload();
                  return 'Master file removed.';
                })
              }
            >
              Remove master file
            </button>
          )}
        </fieldset>
      </section>
    </section>
  );
}
