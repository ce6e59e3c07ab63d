import { composedParent, openShadowRoot } from '../dom/composed-tree';
import { runAtOnce, runInSlices, type Steps, type TimeSlicer } from '../time-slices';
import { type CardList, CardListGrouper } from './card-lists';
import { type CardField, fieldAt } from './card-fields';

/**
 * Card lists on a page (see card-lists.ts), found by walking the page as it is rendered: into
 * open shadow roots, a slot's assigned elements in its place. Tables and grids are read by their
 * own semantics, and page chrome (menus, header, footer) is never a catalog: not walked.
 */

const SKIPPED = new Set(['table', 'script', 'style', 'template', 'svg', 'math', 'canvas', 'select', 'iframe', 'frame', 'nav', 'header', 'footer', 'noscript', 'object']);
const GRID_ROLES = new Set(['grid', 'table', 'treegrid', 'row', 'navigation', 'menu', 'menubar']);
/** Elements walked per page; a page past this is not searched further. */
const MAX_ELEMENTS = 300_000;
/** Elements looked at between two checks of the time slice. */
const STEP = 256;

function isSkipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  const role = element.getAttribute('role');
  return role !== null && GRID_ROLES.has(role);
}

/**
 * Put the elements `element` renders as its children on `pending`, last first (so they come off
 * in page order): its shadow root's, a slot's assigned elements, or its own. Walked by sibling
 * links: indexing a live HTMLCollection from the extension's world cost more than the rest of the walk.
 */
function pushRenderedChildren(element: Element, pending: Element[]): void {
  const shadow = openShadowRoot(element);
  if (!shadow && element.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedElements({ flatten: true });
    if (assigned.length > 0) {
      for (let i = assigned.length - 1; i >= 0; i--) pending.push(assigned[i]!);
      return;
    }
  }
  const start = pending.length;
  for (let child = (shadow ?? element).firstElementChild; child; child = child.nextElementSibling) pending.push(child);
  for (let low = start, high = pending.length - 1; low < high; low++, high--) [pending[low], pending[high]] = [pending[high]!, pending[low]!];
}

/**
 * The walk, as steps: it yields every STEP elements so a caller can give the page its main thread
 * back (findCardListsSliced) or run it through at once (findCardLists).
 */
function* cardListSteps(doc: Document): Steps<CardList[]> {
  const grouper = new CardListGrouper(composedParent);
  const pending: Element[] = doc.documentElement ? [doc.documentElement] : [];
  let walked = 0;
  while (pending.length > 0 && walked < MAX_ELEMENTS) {
    const element = pending.pop()!;
    if (++walked % STEP === 0) yield;
    if (isSkipped(element)) continue;
    const found = fieldAt(element);
    if (found) grouper.add(found);
    pushRenderedChildren(element, pending);
  }
  return yield* grouper.cardListSteps();
}

/** The card lists of a page (its top document; frames are walked by their own call), at once. */
export function findCardLists(doc: Document): CardList[] {
  return runAtOnce(cardListSteps(doc));
}

/** The same, yielding to the page between slices. */
export function findCardListsSliced(doc: Document, slicer: TimeSlicer): Promise<CardList[]> {
  return runInSlices(cardListSteps(doc), slicer);
}

/** The fields shown in one card, in page order (a card in a web component: in its shadow root too). */
export function fieldsIn(card: Element): CardField[] {
  const fields: CardField[] = [];
  const pending: Element[] = [card];
  while (pending.length > 0) {
    const element = pending.pop()!;
    if (isSkipped(element)) continue;
    const found = fieldAt(element);
    if (found) fields.push(found);
    pushRenderedChildren(element, pending);
  }
  return fields;
}
