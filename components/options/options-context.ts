import type { ImporterProfile, updateProfile } from '../../lib/extension/storage';
import type { PolicyReading } from '../../lib/extension/policy/managed-policy';

/** What every settings panel is given by the options page: the profile in use and how to change it. */
export interface PanelProps {
  /** The importer profile whose settings are shown. */
  active: ImporterProfile;
  profiles: ImporterProfile[];
  policy: PolicyReading;
  /** Why the administrator locked this profile's settings, or null. */
  locked: string | null;
  /** Run a change; its result is the message shown (or the error). */
  act(work: () => Promise<string>): void;
  /** Save some of the profile's settings, then say `what` was saved. */
  change(changes: Parameters<typeof updateProfile>[2], what: string): void;
  /** Read the profiles again, showing `activeId` (or the active profile). */
  reload(activeId?: string): Promise<void>;
  setMessage(text: string): void;
  setError(text: string): void;
}
