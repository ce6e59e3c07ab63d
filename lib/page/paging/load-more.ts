/**
 * Growing lists: tables that show their first rows and a control below them that adds the next
 * ones ("Load more", "Weitere laden", SAP Fiori's growing table with "More [20 / 2000]"). Until
 * it is pressed the table looks whole, so it is found here, beside the table, and its count
 * ("20 von 2.000 Positionen", "[20 / 2000]") is read to know how many rows there are.
 */

import { boxesAround, walkBeside } from './beside-table';
import { COUNT_NUMBER, countValue, inputButtonText, PAGER_CONTROLS } from './pager-words';
import { TimeSlicer } from '../time-slices';

/** Shown rows and the total the list says it has ("20 of 2,000" → 20, 2000). */
export interface ShownCount {
  shown: number;
  total: number;
}

/**
 * Where a trigger stands: it can be pressed; it is disabled (lists disable it while the rows
 * asked for load, and some at the end); it is gone or hidden (lists take it away at the end).
 */
export type TriggerState = 'pressable' | 'disabled' | 'gone';

export interface LoadMoreTrigger {
  /** The control as it is now, while it is on the page and shown (disabled or not). */
  control(): HTMLElement | null;
  state(): TriggerState;
  /** The count the control or the text beside the table gives, if any. */
  count(): ShownCount | null;
  /** The control's name, as the user sees it ("Weitere laden"), for the note. */
  name: string;
  /** The box holding the table and the control: it changes as rows are added. */
  container: Element;
}

const CONTROLS = PAGER_CONTROLS;

/**
 * What load-more controls are called, lower case, without the count or trailing dots. Whole
 * names only: "more" alone is SAP Fiori's growing trigger, but "More filters" is not a trigger.
 */
const LOAD_MORE_NAMES = new Set([
  // English, and Fiori's default text ("More").
  'more', 'load more', 'show more', 'view more', 'see more', 'load more rows', 'show more rows', 'load more items', 'show more items', 'load more results', 'show more results',
  // German
  'mehr', 'mehr laden', 'weitere laden', 'mehr anzeigen', 'weitere anzeigen', 'weitere einträge laden', 'weitere positionen laden',
  // Spanish
  'más', 'cargar más', 'mostrar más', 'ver más',
  // French
  'plus', 'afficher plus', 'charger plus', 'voir plus',
  // Italian
  'altro', 'carica altri', 'mostra altri', 'mostra di più', 'carica di più',
  // Dutch
  'meer', 'meer laden', 'toon meer', 'meer tonen',
  // Polish
  'więcej', 'załaduj więcej', 'pokaż więcej', 'wczytaj więcej',
  // Portuguese
  'mais', 'carregar mais', 'mostrar mais', 'ver mais',
  // Swedish
  'visa fler', 'ladda fler', 'visa mer',
  // Japanese, Chinese, Korean
  'もっと見る', 'さらに表示', 'さらに読み込む', '加载更多', '显示更多', '載入更多', '顯示更多', '더 보기', '더보기',
]);

const NUMBER = COUNT_NUMBER;
/** "of" in the languages above ("20 / 2000" is Fiori's, "20 von 2.000" German, "20 z 2000" Polish...). */
const OF = String.raw`\/|of|von|de|sur|di|van|z|av|из`;
/**
 * "Showing 1 to 20 of 2,000": the range's first row and "to" are read past; its last row is the
 * rows shown. Not part of a date ("Stand: 12/31/2026" is no "12 of 31").
 */
const COUNT = new RegExp(String.raw`(?<![\d/.,])(?:(?:${NUMBER})\s*(?:to|bis|a|à|al|tot|do|till|[-–])\s*)?(${NUMBER})\s*(?:${OF})\s*(${NUMBER})(?!\d|\s*[/.]\s*\d)`, 'i');

const integer = countValue;
const TEXT_NODE = 3;

/** The first "shown of total" count in a text, when it makes sense (no more shown than there are). */
export function readShownCount(text: string): ShownCount | null {
  const match = COUNT.exec(text);
  if (!match) return null;
  const [shown, total] = [integer(match[1]!), integer(match[2]!)];
  return shown <= total ? { shown, total } : null;
}

/** "More [20 / 2000]", "Weitere laden …", "Load more ↓": the name without its count, brackets, dots and arrows. */
function bareName(name: string): string {
  const withoutCount = name.replace(COUNT, ' ');
  return withoutCount
    .replace(/[[\]()（）.…:↓⌄▾▼»›+]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether a control's name is a load-more trigger's, in one of the languages above, or holds a count ("[20 / 2000]"). */
export function isLoadMoreName(name: string): boolean {
  const bare = bareName(name);
  if (LOAD_MORE_NAMES.has(bare)) return true;
  // Fiori lets an app rename "More" and keeps the count under it: the count alone marks the trigger.
  return /\[\s*\d/.test(name) && readShownCount(name) !== null;
}

/**
 * A control's name as a screen reader says it: its label, the elements it is labelled by (UI5's
 * growing button: its text and its "[20 / 2000]" subtext), its title, or its text.
 */
function nameOf(control: Element): string {
  const label = control.getAttribute('aria-label')?.trim();
  if (label) return label;
  const root = control.getRootNode() as Document | ShadowRoot;
  const labelledBy = (control.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? (root.getElementById?.(id)?.textContent ?? '') : ''))
    .join(' ')
    .trim();
  return labelledBy || control.getAttribute('title')?.trim() || (inputButtonText(control) ?? control.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const isGone = (control: Element): boolean => !control.isConnected || !control.checkVisibility({ visibilityProperty: true });
const isDisabled = (control: Element): boolean => (control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true';

/**
 * A load-more trigger below the table. Only controls that start no higher than the table does:
 * a list grows at its end, and a "More" above the table is a toolbar's overflow menu.
 */
function isTriggerBelow(element: Element, tableTop: number): element is HTMLElement {
  if (!element.matches(CONTROLS) || !isLoadMoreName(nameOf(element)) || isGone(element) || isDisabled(element)) return false;
  return element.getBoundingClientRect().top >= tableTop;
}

function triggerIn(container: Element, table: Element): HTMLElement | null {
  const tableTop = table.getBoundingClientRect().top;
  let found: HTMLElement | null = null;
  const keepFirst = (node: Node): void => {
    if (!found && isTriggerBelow(node as Element, tableTop)) found = node as HTMLElement;
  };
  walkBeside(container, table, keepFirst, { text: false });
  return found;
}

/** The text beside the table, where "20 von 2.000 Positionen" is written. */
function textBeside(container: Element, table: Element): string {
  const parts: string[] = [];
  walkBeside(container, table, (node) => {
    if (node.nodeType === TEXT_NODE) parts.push(node.nodeValue ?? '');
  });
  return parts.join(' ');
}

/** "More [20 / 2000]" → "More": the name the note calls the control by (its count changes as it is pressed). */
function shownName(name: string): string {
  return name.replace(COUNT, ' ').replace(/[[\]]/g, ' ').replace(/\s+/g, ' ').trim() || name;
}

/**
 * One word that also names other buttons: "Plus" adds a line on many forms, "More" and "Mehr" open
 * a menu. Pressed only when a count beside it ("[20 / 2000]", "20 von 130 Positionen") says rows
 * are still to come: pressing a stranger's button changes the user's page.
 */
const AMBIGUOUS_ALONE = new Set(['more', 'mehr', 'más', 'plus', 'altro', 'meer', 'więcej', 'mais']);

function rowsToCome(count: ShownCount | null): boolean {
  return count !== null && count.shown < count.total;
}

/**
 * The load-more trigger of a table, if one sits below it and can be pressed now: in the nearest
 * box around the table that has one, up to the last box holding no other data table (a second
 * table lower on the page has its own "Load more", below this one too; beside-table.ts). `parts`
 * are the table's own pieces drawn apart (partsOf). Beyond the near boxes (unless drawn right under
 * the table: drawn-beside.ts), as for a word that also names other buttons, a trigger is taken only
 * with a count saying rows are still to come.
 */
export async function findLoadMore(table: Element, parts?: readonly Element[], slicer: TimeSlicer = new TimeSlicer()): Promise<LoadMoreTrigger | null> {
  // Triggers found so far, nearest first: each box adds the first one outside the box below it.
  const candidates: HTMLElement[] = [];
  const tableTop = table.getBoundingClientRect().top;
  for await (const around of boxesAround(table, parts, slicer)) {
    const container = around.element;
    // Each control's name is read and matched: a page's box may hold thousands of links, looked at in slices.
    for (const control of around.controls) {
      if (isTriggerBelow(control, tableTop)) {
        candidates.push(control);
        break;
      }
      await slicer.pause();
    }
    if (candidates.length === 0) continue;
    let text: string | undefined;
    const hasRowsToCome = (control: HTMLElement): boolean => rowsToCome(readShownCount(nameOf(control)) ?? readShownCount((text ??= textBeside(container, table))));
    const needsCount = (control: HTMLElement): boolean => !around.isNear(control) || AMBIGUOUS_ALONE.has(bareName(nameOf(control)));
    const first = candidates.find((control) => !needsCount(control) || hasRowsToCome(control));
    if (!first) continue;
    const box = container;
    let last: HTMLElement | null = first;
    const control = (): HTMLElement | null => {
      // The same control while it is there; a page that draws its button afresh after each load gets it looked up again.
      if (last && !last.isConnected) last = triggerIn(box, table);
      return last && !isGone(last) ? last : null;
    };
    return {
      container: box,
      name: shownName(nameOf(first)),
      control,
      state: () => {
        const shown = control();
        return !shown ? 'gone' : isDisabled(shown) ? 'disabled' : 'pressable';
      },
      count: () => {
        const shown = control();
        return (shown && readShownCount(nameOf(shown))) ?? readShownCount(textBeside(box, table));
      },
    };
  }
  return null;
}
