import { plural } from '../../lib/core/report/wording';
/** One bar of a horizontal bar chart: a label, a length, and optional stacked parts (by severity). */
export interface Bar {
  label: string;
  /** `one` and `many` name the part's unit ("error", "errors"), so a count of 1 reads "1 error". */
  parts: { value: number; className: string; one: string; many: string }[];
}

const ROW = 22;
const LABEL_WIDTH = 190;

/**
 * Horizontal bars, longest first as given, drawn as SVG elements (labels are text nodes, never
 * markup). Each bar has a tooltip with its numbers; the same numbers are in a table for screen readers.
 */
export function BarChart({ title, bars, unit, width: WIDTH = 640 }: { title: string; bars: Bar[]; unit: string; /** Of the drawing, in the units of its 11px text. */ width?: number }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.parts.reduce((sum, part) => sum + part.value, 0)));
  const scale = (WIDTH - LABEL_WIDTH - 60) / largest;
  const id = title.toLowerCase().replace(/\W+/g, '-');
  return (
    <figure class="chart" data-chart={id}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {bars.length === 0 ? (
        <p>No {unit} in this selection.</p>
      ) : (
        <svg role="img" aria-labelledby={`${id}-caption`} viewBox={`0 0 ${WIDTH} ${bars.length * ROW + 4}`} width="100%">
          {bars.map((bar, index) => {
            let x = LABEL_WIDTH;
            const total = bar.parts.reduce((sum, part) => sum + part.value, 0);
            return (
              <g key={bar.label} class="bar" transform={`translate(0 ${index * ROW + 2})`}>
                <title>{`${bar.label}: ${bar.parts.map((p) => plural(p.value, p.one, p.many)).join(', ')}`}</title>
                <text x={LABEL_WIDTH - 6} y={ROW / 2 + 4} text-anchor="end" class="bar-label">
                  {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
                </text>
                {bar.parts.map((part) => {
                  const rect = <rect key={part.many} x={x} y={3} width={Math.max(part.value * scale, part.value > 0 ? 1 : 0)} height={ROW - 6} class={part.className} />;
                  x += part.value * scale;
                  return rect;
                })}
                <text x={x + 4} y={ROW / 2 + 4} class="bar-value">
                  {total}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <details>
        <summary>Numbers</summary>
        <table class="chart-numbers">
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                {bar.parts.map((part) => (
                  <td key={part.many}>{plural(part.value, part.one, part.many)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
