import type { PageTable } from '../layout/page-table';
import { LOAD_TIMEOUT_MS, waitForGrid } from '../virtual-scroll/render-wait';
import { saveScrollPositions, scrollContainer } from '../virtual-scroll/scroll-container';
import type { RowsRead } from '../virtual-scroll/scroll-reader';
import type { WholeTable, WholeTableOptions } from '../whole-table';
import type { LoadMoreTrigger, ShownCount } from './load-more';
import type { PageRead } from './paged-reader';
import { groupedCount } from '../../core/report/wording';

/**
 * A growing list is read whole by pressing its load-more control as a user would, until the list
 * shows every row, then reading the table once. Rows already shown stay (a list grows, it does
 * not page), so nothing is read twice and the marks go on the rows as they stand at the end.
 */

/**
 * A list that still offers more after this many presses is not pressed further: at the usual 20
 * to 100 rows a press that is 10,000 to 50,000 rows, minutes of the page's own loading.
 */
export const MAX_PRESSES = 500;

const times = (n: number): string => (n === 1 ? 'once' : `${groupedCount(n)} times`);

type LoadEnd =
  /** The control went away or was disabled, or the count says every row is shown. */
  | 'all-shown'
  /** A press added no rows, and the control still offers more. */
  | 'stalled'
  /** MAX_PRESSES reached. */
  | 'cap';

interface Loaded {
  presses: number;
  end: LoadEnd;
}

const everyRowShown = (shownCount: ShownCount | null): boolean => shownCount !== null && shownCount.shown >= shownCount.total;

/**
 * After a press, wait for rows: with the grids' own wait, which gives a slow server its time
 * while the list says it is busy and gives up once the page has been quiet. A list that disables
 * its control while the rows load, without saying it is busy, is waited for until the control is
 * pressable again (or LOAD_TIMEOUT_MS).
 */
async function waitForRows(trigger: LoadMoreTrigger, grew: () => boolean): Promise<void> {
  const deadline = performance.now() + LOAD_TIMEOUT_MS;
  do {
    await waitForGrid(trigger.container, () => grew() || trigger.state() === 'gone');
  } while (trigger.state() === 'disabled' && !grew() && performance.now() < deadline);
}

/**
 * How far a list has grown: cheaply by its count ("[40 / 300]") while it shows one, else by the
 * rows read again. Reading a component table again is costly (SAP UI5's, measured on a loaded
 * 2-core machine: 20–80 ms at 40 rows, 0.5–4 s at 300), and it is asked after every frame of
 * every wait: read again after each frame, the 14 presses of a 300-row list took 59 s, by its
 * count 20 s.
 */
class Growth {
  /** Rows shown at the last growth, by the count or by the rows read: one measure, so the two never pass for growth. */
  private seen: number;

  constructor(
    private readonly trigger: LoadMoreTrigger,
    private readonly reread: () => PageTable | null,
  ) {
    this.seen = Math.max(trigger.count()?.shown ?? 0, reread()?.rows.length ?? 0);
  }

  get shown(): number {
    return this.seen;
  }

  /** Whether the list grew since the last call that said so (and then takes the new size as the base). */
  grew(): boolean {
    const now = this.trigger.count()?.shown ?? 0;
    const size = now > this.seen ? now : (this.reread()?.rows.length ?? 0);
    if (size <= this.seen) return false;
    this.seen = size;
    return true;
  }
}

/** Press the trigger until the list shows every row, or stops adding rows. */
async function loadEveryRow(trigger: LoadMoreTrigger, reread: () => PageTable | null, onProgress: (progress: RowsRead) => void, signal?: AbortSignal): Promise<Loaded> {
  const growth = new Growth(trigger, reread);
  for (let presses = 0; ; presses++) {
    signal?.throwIfAborted();
    const control = trigger.control();
    // Disabled with no press of ours under way: the list has nothing more to load.
    if (!control || trigger.state() === 'disabled' || everyRowShown(trigger.count())) return { presses, end: 'all-shown' };
    if (presses >= MAX_PRESSES) return { presses, end: 'cap' };
    control.click();
    let grew = false;
    await waitForRows(trigger, () => (grew ||= growth.grew()));
    if (!grew) return { presses: presses + 1, end: trigger.state() === 'pressable' ? 'stalled' : 'all-shown' };
    onProgress({ rowsRead: growth.shown, rowsExpected: trigger.count()?.total ?? null });
  }
}

function loadedNote(name: string, rows: number, loaded: Loaded, shownCount: ShownCount | null, complete: boolean): string {
  const of = shownCount ? ` of ${groupedCount(shownCount.total)}` : '';
  if (complete) {
    return loaded.presses === 0 ? `All ${groupedCount(rows)} rows read.` : `All ${groupedCount(rows)} rows read: "${name}" below the table was pressed ${times(loaded.presses)} to show them.`;
  }
  if (loaded.end === 'cap') {
    return `Only the first ${groupedCount(rows)}${of} rows were read: "${name}" was pressed ${groupedCount(MAX_PRESSES)} times, the most a check presses it. Export the table to a file and check it under "Check a file" on the results page.`;
  }
  if (loaded.end === 'stalled') {
    return `Only ${groupedCount(rows)}${of} rows could be read: "${name}" below the table was pressed ${times(loaded.presses)} and the last press showed no new rows. Press it until every row is shown and check again, or export the table to a file.`;
  }
  return `Only ${groupedCount(rows)}${of} rows could be read: "${name}" below the table stopped offering more rows before the table showed them all. Check again, or export the table to a file.`;
}

/**
 * Read a table that has a load-more trigger: every row by default, the rows shown when the user
 * asked for what the page shows ("This page only", or an unattended scan: the page is not pressed).
 * `readShown` reads the table as it is then (scrolled through when it is virtual).
 */
export async function readGrowingTable(
  table: PageTable,
  trigger: LoadMoreTrigger,
  options: WholeTableOptions,
  readShown: (table: PageTable) => Promise<PageRead>,
): Promise<WholeTable> {
  if (!options.allPages) {
    const read = await readShown(table);
    const rows = read.table.rows.length;
    const total = trigger.count()?.total;
    const of = total === undefined ? '' : ` of ${groupedCount(total)}`;
    const note = `Only the ${groupedCount(rows)}${of} rows shown were read, as you asked: "${trigger.name}" below the table shows more. Check again to load and check every row.`;
    return { table: read.table, note, complete: false };
  }

  // Each press may scroll the page or the list (UI5 focuses the first row it added); the user's place is put back after.
  const anchor = table.layout[0]?.element ?? table.found.element;
  const userScroll = saveScrollPositions([scrollContainer(anchor, 'y'), scrollContainer(anchor, 'x'), anchor.ownerDocument.scrollingElement]);
  let loaded: Loaded;
  try {
    loaded = await loadEveryRow(trigger, options.reread, options.onProgress, options.signal);
  } finally {
    userScroll.restore();
  }
  const read = await readShown(options.reread() ?? table);
  const rows = read.table.rows.length;
  const shownCount = trigger.count();
  const complete = loaded.end === 'all-shown' && read.complete && (shownCount === null || rows >= shownCount.total);
  return { table: read.table, note: loadedNote(trigger.name, rows, loaded, shownCount, complete), complete };
}
