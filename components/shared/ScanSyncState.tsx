import { useEffect, useState } from 'preact/hooks';
import { onSyncEvent, sendScanToWorkspace } from '../../lib/extension/browser/workspace-access';
import { type ManagedPolicy, syncPermission } from '../../lib/extension/policy/managed-policy';
import type { ProfileStore, WorkspaceLinkInfo } from '../../lib/extension/storage';
import type { ScanSyncState as SyncState } from '../../lib/extension/sync/sync-queue';
import { SafeText } from './SafeText';

/**
 * A scan and the team workspace: sent (with a link to it in the web app), queued (and why it has
 * not gone yet), or failed with the reason; and "Send to workspace" when it has not been sent. Shown
 * on the results page for the open scan, and in the popup after a scan when the profile says "ask".
 * Nothing is shown without a workspace, and the button is off when the administrator forbids sync.
 */
export function ScanSyncState({ store, scanId, policy, onlyWhenAsked = false }: { store: ProfileStore; scanId: string; policy: ManagedPolicy; onlyWhenAsked?: boolean }) {
  const [link, setLink] = useState<WorkspaceLinkInfo | null>(null);
  const [state, setState] = useState<SyncState | null>(null);
  const [problem, setProblem] = useState('');
  const [sending, setSending] = useState(false);

  useEffect(() => {
    const reload = async () => {
      setLink(await store.workspace.info());
      setState((await store.sync.states()).get(scanId) ?? null);
    };
    void reload().catch((e: unknown) => setProblem(String(e)));
    return onSyncEvent((event) => {
      if (event.scanId === null || event.scanId === scanId) void reload().catch(() => {});
    });
  }, [store, scanId]);

  const allowed = syncPermission(policy);
  if (!link && !state) return null;
  if (onlyWhenAsked && link?.syncMode !== 'ask') return null;

  const send = () => {
    setProblem('');
    setSending(true);
    sendScanToWorkspace(scanId)
      .then((reply) => {
        if (!reply.ok) setProblem(reply.error);
      })
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)))
      .finally(() => setSending(false));
  };

  return (
    <section class="workspace-sync" aria-label="Team workspace">
      {state?.kind === 'sent' && (
        <p class="sync-sent">
          Sent to the workspace {new Date(state.sentAt).toLocaleString()} ·{' '}
          <a href={state.link} target="_blank" rel="noopener noreferrer">
            Open in the workspace
          </a>
        </p>
      )}
      {state?.kind === 'queued' && (
        <p class="sync-queued">
          Queued for the workspace
          {state.lastError ? (
            <>
              {' '}
              (tried {state.failures} {state.failures === 1 ? 'time' : 'times'}
              {link?.tokenProblem ? '' : `; next try ${new Date(state.notBefore).toLocaleTimeString()}`}): <SafeText text={state.lastError} />
            </>
          ) : (
            '.'
          )}
        </p>
      )}
      {state?.kind === 'failed' && (
        <p class="sync-failed error">
          Not sent to the workspace: <SafeText text={state.reason} />
        </p>
      )}
      {link?.tokenProblem && (
        <p role="alert" class="error">
          Sync stopped: <SafeText text={link.tokenProblem} />
        </p>
      )}
      {!allowed.allowed && <p class="locked">{allowed.reason}</p>}
      {link && allowed.allowed && state?.kind !== 'sent' && state?.kind !== 'queued' && (
        <button type="button" disabled={sending || link.tokenProblem !== null} onClick={send}>
          Send to workspace
        </button>
      )}
      {problem && (
        <p role="alert" class="error">
          <SafeText text={problem} />
        </p>
      )}
    </section>
  );
}
