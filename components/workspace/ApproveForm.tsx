import { useState } from 'preact/hooks';
import { masterEntrySchema, type MasterEntry } from '../../lib/workspace/api/master';
import type { StoredFinding } from '../../lib/workspace/api/scans';
import { workspaceApi } from '../../lib/workspace/web/workspace-api';
import { attempt } from './use-api-data';

/** Approve the classification of the part number on a finding's row; the server checks the code like the rules do. */
export function ApproveForm({ scanId, finding, onDone }: { scanId: string; finding: StoredFinding; onDone(): void }) {
  const [tariffCode, setTariffCode] = useState(finding.field === 'hts' ? (finding.fix ?? finding.value ?? '') : '');
  const [countryOfOrigin, setCountry] = useState(finding.field === 'origin' ? (finding.fix ?? '') : '');
  const [unit, setUnit] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [approved, setApproved] = useState<MasterEntry | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    void attempt(async () => {
      const body = { scanId, findingId: finding.id, tariffCode, ...(countryOfOrigin ? { countryOfOrigin } : {}), ...(unit ? { unit } : {}) };
      setApproved(await workspaceApi.send('POST', '/api/v1/master/approvals', masterEntrySchema, body));
      setError(null);
    }, setError);
  };

  return (
    <form class="approve inline-form" onSubmit={submit} aria-label={`Approve a classification for ${finding.partNumber}`}>
      <strong>Part {finding.partNumber}</strong>
      <label>
        Tariff code <input required value={tariffCode} onInput={(e) => setTariffCode((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        Country of origin <input maxLength={2} size={3} value={countryOfOrigin} onInput={(e) => setCountry((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        Unit <input size={5} value={unit} onInput={(e) => setUnit((e.target as HTMLInputElement).value)} />
      </label>
      <button type="submit">Approve</button>
      <button type="button" onClick={onDone}>
        Close
      </button>
      {error ? <p role="alert" class="error">{error}</p> : null}
      {approved ? (
        <p role="status">
          Approved {approved.tariffCode} for {approved.partNumber}.
        </p>
      ) : null}
    </form>
  );
}
