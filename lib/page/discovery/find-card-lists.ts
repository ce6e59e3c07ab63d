import { composedParent, openShadowRoot } from '../dom/composed-tree';
import type { TimeSlicer } from '../time-slices';
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

/** The elements an element renders as its children: its shadow root's, or for a slot, those assigned to it. */
function renderedElementChildren(element: Element): readonly Element[] | HTMLCollection {
  const shadow = openShadowRoot(element);
  if (shadow) return shadow.children;
  if (element.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedElements({ flatten: true });
    if (assigned.length > 0) return assigned;
  }
  return element.children;
}

/**
 * The walk, as steps: it yields every STEP elements so a caller can give the page its main thread
 * back (findCardListsSliced) or run it through at once (findCardLists).
 */
function* cardListSteps(doc: Document): Generator<void, CardList[]> {
  const grouper = new CardListGrouper(composedParent);
  const pending: Element[] = doc.documentElement ? [doc.documentElement] : [];
  let walked = 0;
  while (pending.length > 0 && walked < MAX_ELEMENTS) {
    const element = pending.pop()!;
    if (++walked % STEP === 0) yield;
    if (isSkipped(element)) continue;
    const found = fieldAt(element);
    if (found) grouper.add(found);
    const children = renderedElementChildren(element);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }
  return grouper.cardLists();
}

/** The card lists of a page (its top document; frames are walked by their own call), at once. */
export function findCardLists(doc: Document): CardList[] {
  const steps = cardListSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, yielding to the page between slices. */
export async function findCardListsSliced(doc: Document, slicer: TimeSlicer): Promise<CardList[]> {
  const steps = cardListSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicer.pause();
  }
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
    const children = renderedElementChildren(element);
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!);
  }
  return fields;
}

/** The cards a list shows now, in order: its rendered children (a slot's assigned elements, a host's shadow content). */
export function shownChildren(container: Element): Element[] {
  return Array.from(renderedElementChildren(container));
}
