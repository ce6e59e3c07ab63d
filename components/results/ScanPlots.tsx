import { useMemo } from 'preact/hooks';
import type { Finding } from '../../lib/core/model/finding';
import { problemCounts } from '../../lib/core/report/finding-groups';
import { revealHidden } from '../../lib/core/report/safe-text';
import { ruleById } from '../../lib/core/rules/registry';
import type { ScanInfo } from '../../lib/extension/storage';
import { type Bar, BarChart } from '../shared/BarChart';
import { ScanHistoryChart } from './ScanHistoryChart';

/** The longest bar lists stay readable; the table below each plot has every number anyway. */
const MOST_BARS = 10;
/** Two plots side by side in the results column, their text still at its size. */
const PLOT_WIDTH = 440;

const bars = (counts: ReturnType<typeof problemCounts>, label: (key: string) => string): Bar[] =>
  counts.slice(0, MOST_BARS).map((count) => ({
    label: label(count.key),
    parts: [
      { value: count.error, className: 'fill-error', one: 'error', many: 'errors' },
      { value: count.warning, className: 'fill-warning', one: 'warning', many: 'warnings' },
    ],
  }));

/**
 * Where the problems of a scan are, at a glance: by rule (what is wrong), by column (where), and
 * how the profile's recent scans compare. Errors and warnings only: notes never block filing.
 */
export function ScanPlots({ findings, scans, openId }: { findings: readonly Finding[]; scans: readonly ScanInfo[]; openId: string }) {
  const byRule = useMemo(() => problemCounts(findings, (f) => f.ruleId), [findings]);
  const byColumn = useMemo(() => problemCounts(findings, (f) => f.column), [findings]);
  return (
    <section class="plots" aria-labelledby="plots-heading">
      <h2 id="plots-heading">Where the problems are</h2>
      <div class="charts">
        <BarChart title="Problems by rule" unit="problems" width={PLOT_WIDTH} bars={bars(byRule, (ruleId) => ruleById(ruleId)?.title ?? ruleId)} />
        {/* Column names come from the catalog: hidden characters are shown as codes. */}
        <BarChart title="Problems by column" unit="problems" width={PLOT_WIDTH} bars={bars(byColumn, revealHidden)} />
        <ScanHistoryChart scans={scans} openId={openId} width={PLOT_WIDTH} />
      </div>
    </section>
  );
}
