import type { Dashboard } from '../../lib/workspace/api/scans';

const HEIGHT = 180;
const WIDTH = 640;
const MARGIN = { left: 36, bottom: 34, top: 8 };
/** Enough distinct colours for the rules that matter; the rest are grouped as "other rules". */
const PALETTE = ['#2f7bd8', '#b3261e', '#8a5a00', '#2e7d32', '#6a1b9a', '#00838f', '#c2185b', '#5d4037'];

/**
 * Problems (errors and warnings) per day, stacked by rule: whether a rule keeps failing, or
 * fails less since the team fixed its cause. The most frequent rules get a colour each.
 */
export function RuleTimeline({ points }: { points: Dashboard['byRuleOverTime'] }) {
  const totals = new Map<string, number>();
  for (const p of points) totals.set(p.ruleId, (totals.get(p.ruleId) ?? 0) + p.count);
  const named = [...totals].sort((a, b) => b[1] - a[1]).slice(0, PALETTE.length).map(([rule]) => rule);
  const days = [...new Set(points.map((p) => p.day))].sort();
  const byDay = days.map((day) => {
    const counts = new Map<string, number>();
    for (const p of points.filter((q) => q.day === day)) {
      const rule = named.includes(p.ruleId) ? p.ruleId : 'other rules';
      counts.set(rule, (counts.get(rule) ?? 0) + p.count);
    }
    return { day, counts };
  });
  const largest = Math.max(1, ...byDay.map((d) => [...d.counts.values()].reduce((a, b) => a + b, 0)));
  const plotHeight = HEIGHT - MARGIN.bottom - MARGIN.top;
  const step = days.length > 0 ? (WIDTH - MARGIN.left) / days.length : 0;
  const colour = (rule: string) => PALETTE[named.indexOf(rule)] ?? '#888';
  return (
    <figure class="chart" data-chart="problems-by-rule-over-time">
      <figcaption id="timeline-caption">Problems by rule over time (errors and warnings per day)</figcaption>
      {days.length === 0 ? (
        <p>No problems in this selection.</p>
      ) : (
        <svg role="img" aria-labelledby="timeline-caption" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
          <text x={MARGIN.left - 4} y={MARGIN.top + 8} text-anchor="end" class="bar-value">
            {largest}
          </text>
          {byDay.map(({ day, counts }, index) => {
            let y = HEIGHT - MARGIN.bottom;
            return (
              <g key={day} class="day">
                <title>{`${day}: ${[...counts].map(([rule, n]) => `${rule} ${n}`).join(', ')}`}</title>
                {[...counts].map(([rule, n]) => {
                  const h = (n / largest) * plotHeight;
                  y -= h;
                  return <rect key={rule} x={MARGIN.left + index * step + 1} y={y} width={Math.max(step - 2, 1)} height={h} fill={colour(rule)} />;
                })}
                {index % Math.ceil(days.length / 8) === 0 ? (
                  <text x={MARGIN.left + index * step} y={HEIGHT - MARGIN.bottom + 14} class="bar-label">
                    {day.slice(5)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      )}
      <ul class="legend">
        {[...named, ...(totals.size > named.length ? ['other rules'] : [])].map((rule) => (
          <li key={rule}>
            <span class="swatch" style={{ background: colour(rule) }} /> {rule}
          </li>
        ))}
      </ul>
    </figure>
  );
}
