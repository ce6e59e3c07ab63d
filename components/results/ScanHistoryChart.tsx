import { revealHidden } from '../../lib/core/report/safe-text';
import { plural } from '../../lib/core/report/wording';
import type { ScanInfo } from '../../lib/extension/storage';

const HEIGHT = 150;
const MARGIN = { left: 40, bottom: 30, top: 10 };
/** Enough scans to see a trend; older ones stay in the scan list. */
export const HISTORY_SCANS = 20;

/**
 * Errors and warnings of the profile's recent scans, oldest left, as stacked columns: whether the
 * catalogs this importer sends get better. The open scan's column is outlined. Drawn as SVG
 * elements; names and numbers are text nodes and <title>s, never markup.
 */
export function ScanHistoryChart({ scans, openId, width: WIDTH = 640 }: { scans: readonly ScanInfo[]; openId: string | null; width?: number }) {
  const recent = scans
    .filter((scan) => scan.summary)
    .slice(0, HISTORY_SCANS)
    .reverse();
  const largest = Math.max(1, ...recent.map((scan) => scan.summary!.error + scan.summary!.warning));
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = recent.length > 0 ? (WIDTH - MARGIN.left) / Math.max(recent.length, 8) : 0;
  return (
    <figure class="chart" data-chart="problems-over-recent-scans">
      <figcaption id="history-caption">Problems over the profile's recent scans</figcaption>
      {recent.length === 0 ? (
        <p>No finished scans yet.</p>
      ) : (
        <svg role="img" aria-labelledby="history-caption" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%">
          <text x={MARGIN.left - 6} y={MARGIN.top + 8} text-anchor="end" class="bar-value">
            {largest.toLocaleString('en')}
          </text>
          <line x1={MARGIN.left} x2={WIDTH} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} class="axis" />
          {recent.map((scan, index) => {
            const { error, warning } = scan.summary!;
            const x = MARGIN.left + index * step + 2;
            const width = Math.max(step - 4, 2);
            const errorHeight = (error / largest) * plotHeight;
            const warningHeight = (warning / largest) * plotHeight;
            const base = HEIGHT - MARGIN.bottom;
            const name = scan.source.kind === 'page' ? scan.source.title || scan.source.url : scan.source.fileName;
            const when = new Date(scan.createdAt);
            return (
              <g key={scan.id} class={scan.id === openId ? 'scan-column open' : 'scan-column'} data-errors={error} data-warnings={warning}>
                <title>{`${when.toLocaleString()}: ${revealHidden(name)} — ${plural(error, 'error', 'errors')}, ${plural(warning, 'warning', 'warnings')}`}</title>
                <rect x={x} y={base - errorHeight} width={width} height={errorHeight} class="fill-error" />
                <rect x={x} y={base - errorHeight - warningHeight} width={width} height={warningHeight} class="fill-warning" />
                {scan.id === openId && <rect x={x - 2} y={MARGIN.top - 4} width={width + 4} height={plotHeight + 4} class="open-scan" />}
                <text x={x + width / 2} y={HEIGHT - MARGIN.bottom + 14} text-anchor="middle" class="bar-label">
                  {`${when.getMonth() + 1}/${when.getDate()}`}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <ul class="legend">
        <li>
          <span class="swatch fill-bg-error" /> errors
        </li>
        <li>
          <span class="swatch fill-bg-warning" /> warnings
        </li>
      </ul>
    </figure>
  );
}
