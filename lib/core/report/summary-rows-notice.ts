import type { SummaryRow } from '../catalog/summary-rows';
import { plural } from './wording';

/** How many summary rows are named one by one; the rest are counted. */
const NAMED = 5;

function named(rows: readonly SummaryRow[]): string {
  const listed = rows.slice(0, NAMED).map((summary) => `row ${summary.row} ("${summary.text}")`);
  const more = rows.length > NAMED ? ` and ${plural(rows.length - NAMED, 'other', 'others')}` : '';
  return `${listed.join(', ')}${more}`;
}

/**
 * The rows left out as totals or group headings, in words for the popup, the results page and the
 * text report: '4 rows left out as totals, not lines of goods: row 11 ("Subtotal page 1"), …'.
 * Null when there are none. The words come from the catalog: callers show them as text (revealHidden).
 */
export function summaryRowsNotice(rows: readonly SummaryRow[] | undefined): string | null {
  if (!rows || rows.length === 0) return null;
  const totals = rows.filter((summary) => summary.kind !== 'group');
  const groups = rows.filter((summary) => summary.kind === 'group');
  const sentences: string[] = [];
  if (totals.length > 0) {
    sentences.push(`${plural(totals.length, 'row', 'rows')} left out as ${totals.length === 1 ? 'a total' : 'totals'}, not ${totals.length === 1 ? 'a line' : 'lines'} of goods: ${named(totals)}.`);
  }
  if (groups.length > 0) {
    sentences.push(`${plural(groups.length, 'row', 'rows')} left out as ${groups.length === 1 ? 'a heading' : 'headings'} of a group of lines: ${named(groups)}.`);
  }
  return sentences.join(' ');
}
