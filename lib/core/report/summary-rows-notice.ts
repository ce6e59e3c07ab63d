import type { SummaryRow } from '../catalog/summary-rows';
import { plural } from './wording';

/** How many summary rows are named one by one; the rest are counted. */
const NAMED = 5;

/**
 * The rows left out as totals, in words for the popup, the results page and the text report:
 * 'Left out as totals, not lines of goods: row 11 ("Subtotal page 1"), row 33 ("Total").' Null
 * when there are none. The words come from the catalog: callers show them as text (revealHidden).
 */
export function summaryRowsNotice(rows: readonly SummaryRow[] | undefined): string | null {
  if (!rows || rows.length === 0) return null;
  const named = rows.slice(0, NAMED).map((summary) => `row ${summary.row} ("${summary.text}")`);
  const more = rows.length > NAMED ? ` and ${plural(rows.length - NAMED, 'other', 'others')}` : '';
  return `${plural(rows.length, 'row', 'rows')} left out as ${rows.length === 1 ? 'a total' : 'totals'}, not ${rows.length === 1 ? 'a line' : 'lines'} of goods: ${named.join(', ')}${more}.`;
}
