import type { FindingSummary } from '../../lib/core/report/summary';

/** "12 errors · 5 warnings · 30 notes", each count labelled for screen readers and coloured by severity. */
export function SeverityCounts({ summary }: { summary: Pick<FindingSummary, 'error' | 'warning' | 'info'> }) {
  return (
    <p class="severity-counts">
      <span class="severity error" data-severity="error">
        {summary.error} {summary.error === 1 ? 'error' : 'errors'}
      </span>
      {' · '}
      <span class="severity warning" data-severity="warning">
        {summary.warning} {summary.warning === 1 ? 'warning' : 'warnings'}
      </span>
      {' · '}
      <span class="severity info" data-severity="info">
        {summary.info} {summary.info === 1 ? 'note' : 'notes'}
      </span>
    </p>
  );
}
