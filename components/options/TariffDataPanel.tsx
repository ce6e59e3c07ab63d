import { readScheduleText } from '../../lib/core/schedule/read-schedule';
import { pageDatabase } from '../../lib/extension/browser/profile-storage';
import { openProfileStore } from '../../lib/extension/storage';
import { FilePicker } from '../shared/FilePicker';
import { SafeText } from '../shared/SafeText';
import type { PanelProps } from './options-context';

/** The profile's tariff schedule (ACE HTS PGA report or USITC export): checked before it is kept. */
export function TariffDataPanel({ active, locked, act, reload, setError }: PanelProps) {
  const load = async (file: File) => {
    try {
      const text = await file.text();
      const schedule = readScheduleText(text, file.name);
      const store = await openProfileStore(await pageDatabase(), active.id);
      await store.saveScheduleFile({ name: file.name, text });
      act(async () => (await reload(active.id), `Tariff schedule ${file.name} loaded: ${schedule.lines.size.toLocaleString('en')} lines.`));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section class="panel" id="tariff-data" aria-labelledby="tariff-heading">
      <h2 id="tariff-heading">Tariff data</h2>
      <fieldset disabled={locked !== null} class="plain schedule-setting">
        <p>
          Tariff schedule:{' '}
          <SafeText text={active.schedule ? `${active.schedule.name} (loaded ${new Date(active.schedule.savedAt).toLocaleDateString()})` : 'none loaded'} />
        </p>
        <p class="hint">
          Without one, U.S. codes are checked against the built-in schedule. Load the current CBP "HTS PGA report" (CSV) or a USITC export (JSON or CSV) to check against your own copy.
        </p>
        <FilePicker label="Load a schedule file" accept=".csv,.json" onFile={(file) => void load(file)} />
      </fieldset>
    </section>
  );
}
