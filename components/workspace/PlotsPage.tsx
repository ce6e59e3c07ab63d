import { plural } from '../../lib/core/report/wording';
import { useState } from 'preact/hooks';
import { dashboardSchema } from '../../lib/workspace/api/scans';
import { queryOf, workspaceApi } from '../../lib/workspace/web/workspace-api';
import { BarChart } from '../shared/BarChart';
import { RuleTimeline } from './RuleTimeline';
import { useApiData } from './use-api-data';

const severityParts = (counts: { error: number; warning: number; info: number }) => [
  { value: counts.error, className: 'fill-error', one: 'error', many: 'errors' },
  { value: counts.warning, className: 'fill-warning', one: 'warning', many: 'warnings' },
  { value: counts.info, className: 'fill-info', one: 'note', many: 'notes' },
];

/** Where the team would rather look than read: what keeps failing, where, and for whom. */
export function PlotsPage() {
  const [filters, setFilters] = useState({ importerProfile: '', from: '', to: '' });
  const plots = useApiData(() => workspaceApi.get(`/api/v1/dashboard${queryOf(filters)}`, dashboardSchema), [filters]);
  const input = (name: keyof typeof filters) => ({
    value: filters[name],
    onChange: (event: Event) => setFilters({ ...filters, [name]: (event.target as HTMLInputElement).value }),
  });
  return (
    <section aria-labelledby="plots-heading">
      <h2 id="plots-heading">Plots</h2>
      <fieldset class="filters">
        <legend>Which scans</legend>
        <label>
          Importer profile <input type="search" {...input('importerProfile')} />
        </label>
        <label>
          From <input type="date" {...input('from')} />
        </label>
        <label>
          To <input type="date" {...input('to')} />
        </label>
      </fieldset>
      {plots.error ? <p role="alert" class="error">{plots.error}</p> : null}
      {plots.data ? (
        <div class="charts">
          <RuleTimeline points={plots.data.byRuleOverTime} />
          <BarChart
            title="Problems by column"
            unit="problems"
            bars={plots.data.byColumn.map((c) => ({ label: c.column, parts: [{ value: c.count, className: 'fill-error', one: 'problem', many: 'problems' }] }))}
          />
          <BarChart
            title="Part numbers that fail most often"
            unit="failing part numbers"
            bars={plots.data.failingParts.map((p) => ({
              label: p.partNumber,
              parts: [{ value: p.scans, className: 'fill-warning', one: `scan (${plural(p.count, 'problem', 'problems')})`, many: `scans (${plural(p.count, 'problem', 'problems')})` }],
            }))}
          />
          <BarChart
            title="Findings per importer profile"
            unit="scans"
            bars={plots.data.byImporterProfile.map((p) => ({ label: `${p.importerProfile} (${plural(p.scans, 'scan', 'scans')})`, parts: severityParts(p) }))}
          />
        </div>
      ) : (
        <p>Loading…</p>
      )}
    </section>
  );
}
