import { JURISDICTIONS, type Jurisdiction } from '../../lib/core/model/jurisdiction';
import { revealHidden } from '../../lib/core/report/safe-text';
import { pageDatabase } from '../../lib/extension/browser/profile-storage';
import { createProfile, deleteProfile, RETENTION_DAYS, writeSetting } from '../../lib/extension/storage';
import { SafeText } from '../shared/SafeText';
import type { PanelProps } from './options-context';

/**
 * Importer profiles (a broker files for many importers): which one is in use, a new one, and the
 * profile's own name, territory and how long its scans are kept.
 */
export function ProfilesPanel({ active, profiles, policy, locked, act, change, reload }: PanelProps) {
  const retentionCap = policy.policy.maxRetentionDays;
  return (
    <section class="panel" id="profiles" aria-labelledby="profiles-heading">
      <h2 id="profiles-heading">Importer profiles</h2>
      <p>Each profile has its own settings, tariff schedule, scans and audit log; no page ever shows another profile's data.</p>
      <label>
        Working in{' '}
        <select
          value={active.id}
          onChange={(e) =>
            act(async () => {
              const id = (e.target as HTMLSelectElement).value;
              await writeSetting(await pageDatabase(), 'activeProfileId', id);
              await reload(id);
              return 'Profile switched.';
            })
          }
        >
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {revealHidden(p.name)}
            </option>
          ))}
        </select>
      </label>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const input = (e.currentTarget as HTMLFormElement).elements.namedItem('newProfile') as HTMLInputElement;
          act(async () => {
            const db = await pageDatabase();
            const created = await createProfile(db, { name: input.value });
            await writeSetting(db, 'activeProfileId', created.id);
            input.value = '';
            await reload(created.id);
            return `Profile "${created.name}" created.`;
          });
        }}
      >
        <label>
          New profile name <input name="newProfile" required maxLength={200} />
        </label>
        <button type="submit">Add profile</button>
      </form>

      <h3>
        Settings of <SafeText text={active.name} />
      </h3>
      {locked && <p class="locked">{locked}</p>}
      <fieldset disabled={locked !== null} class="plain">
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const name = ((e.currentTarget as HTMLFormElement).elements.namedItem('profileName') as HTMLInputElement).value;
            change({ name }, 'Name');
          }}
        >
          <label>
            Name <input name="profileName" defaultValue={active.name} key={active.id} required maxLength={200} />
          </label>
          <button type="submit">Rename</button>
        </form>
        <label>
          Jurisdiction{' '}
          <select value={active.jurisdiction} onChange={(e) => change({ jurisdiction: (e.target as HTMLSelectElement).value as Jurisdiction }, 'Jurisdiction')}>
            {JURISDICTIONS.map((j) => (
              <option key={j} value={j}>
                {j}
              </option>
            ))}
          </select>
        </label>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            const days = Number(((e.currentTarget as HTMLFormElement).elements.namedItem('retention') as HTMLInputElement).value);
            change({ retentionDays: days }, 'Retention');
          }}
        >
          <label>
            Keep scans for (days){' '}
            <input name="retention" type="number" min={RETENTION_DAYS.min} max={RETENTION_DAYS.max} defaultValue={String(active.retentionDays)} key={active.id} required />
          </label>
          <button type="submit">Save retention</button>
        </form>
        {retentionCap !== undefined && retentionCap < active.retentionDays && (
          <p class="locked">Your administrator keeps scans at most {retentionCap} days (enterprise policy "maxRetentionDays"); older scans are deleted.</p>
        )}
      </fieldset>
      <button
        type="button"
        class="danger"
        disabled={locked !== null}
        onClick={() =>
          act(async () => {
            if (!confirm(`Delete the profile "${revealHidden(active.name)}" with all its scans, schedule and key?`)) return '';
            await deleteProfile(await pageDatabase(), active.id);
            await reload();
            return 'Profile deleted.';
          })
        }
      >
        Delete profile
      </button>
    </section>
  );
}
