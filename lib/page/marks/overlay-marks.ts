import type { PageMark } from '../../extension/messaging/messages';
import { SEVERITIES } from '../../core/model/finding';
import { revealHidden } from '../../core/report/safe-text';
import { SEVERITY_WORDS } from './overlay-styles';
import type { TimeSlicer } from '../time-slices';
import { groupedCount, plural } from '../../core/report/wording';

/** A mark with what the overlay says about it. */
export interface OverlayMark extends PageMark {
  /** Where to look, in words: "Row 4, HTS No." or "Row 4". */
  place: string;
  /** 0 for the first mark on a cell, 1 for the second...: badges on one cell sit side by side. */
  stack: number;
}

const severityRank = (mark: PageMark): number => SEVERITIES.indexOf(mark.severity);

/**
 * Marks in reading order (row, then column, the whole-row marks first, worst first), as Previous / Next walk them.
 * Their words quote the page's cells and headers, so bidi controls and invisible characters in
 * them are written as codes here, once, for the badge, the tooltip and the panel alike. A big
 * check has thousands of marks: they are worded in slices of `slicer`, the page answering its
 * user between them.
 */
export async function orderMarks(marks: readonly PageMark[], headers: readonly string[], slicer: TimeSlicer): Promise<OverlayMark[]> {
  const ordered = [...marks].sort(
    (a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1) || severityRank(a) - severityRank(b),
  );
  const perCell = new Map<string, number>();
  const worded: OverlayMark[] = [];
  for (const mark of ordered) {
    await slicer.pause();
    worded.push(wordMark(mark, headers, perCell));
  }
  return worded;
}

/** One mark with its place in words and its stack position on its cell (`perCell` counts the marks seen per cell). */
function wordMark(mark: PageMark, headers: readonly string[], perCell: Map<string, number>): OverlayMark {
  const cell = `${mark.row}:${mark.column ?? ''}`;
  const stack = perCell.get(cell) ?? 0;
  perCell.set(cell, stack + 1);
  const header = mark.column === null ? undefined : headers[mark.column];
  const place = header ? `Row ${mark.row}, ${revealHidden(header)}` : mark.column === null ? `Row ${mark.row}` : `Row ${mark.row}, column ${mark.column + 1}`;
  const words = { message: revealHidden(mark.message), ...(mark.fix === undefined ? {} : { fix: revealHidden(mark.fix) }) };
  return { ...mark, ...words, place, stack };
}

/** "Error in row 4, HTS No.: …": the badge's accessible name, read out on focus. */
export function markSentence(mark: OverlayMark): string {
  const word = SEVERITY_WORDS[mark.severity].one;
  return `${word[0]!.toUpperCase()}${word.slice(1)}, ${mark.place}: ${mark.message}`;
}

/** "3 errors", "1 warning", "0 notes". */
export function severityCount(severity: PageMark['severity'], count: number): string {
  const words = SEVERITY_WORDS[severity];
  return plural(count, words.one, words.many);
}

/**
 * Why marks are missing, in words for the popup; undefined when every mark found its cell. Marks
 * whose cell is merely scrolled out of view are not missing: they show when it comes back.
 */
export function missingMarksProblem(total: number, unplaced: number): string | undefined {
  if (unplaced === 0) return undefined;
  const which = unplaced === total ? `None of the ${groupedCount(total)} marks` : `${groupedCount(unplaced)} of ${groupedCount(total)} marks`;
  // "could be placed" after "None of"; "could not be placed" after a count, or "12 of 30 marks could be placed" says the opposite.
  const could = unplaced === total ? 'could be placed' : 'could not be placed';
  return `${which} ${could}: the table does not show their rows now (they are on another of its pages, or the page re-rendered or filtered them away). The results page lists every finding; check the page again to mark it as it is now.`;
}
