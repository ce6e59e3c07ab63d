import { type CardField, fieldAt } from './card-fields';
import { runAtOnce, type Steps } from '../time-slices';

/**
 * Which label/value pairs make a table: a catalog shown as cards repeats one block per line, each
 * block naming the same fields ("Part number", "HTS", "Quantity"...). What makes them a table is
 * that repetition among siblings, never a class name: at least MIN_CARDS sibling blocks sharing
 * at least MIN_SHARED_LABELS labels, each label once per block. A product's details (one block),
 * a glossary (terms that do not repeat), a menu or a footer of links (no label/value pairs) do
 * not make one. Pure: it sees the page through `parentOf`, so it is tested without a browser.
 */

/** Fewer blocks than this are a detail view, not a list of lines. */
export const MIN_CARDS = 3;
/** Labels most blocks share: a block of one field is a list item, not a card. */
export const MIN_SHARED_LABELS = 2;
/** How far above a field its card may sit (field box, group of fields, card body, card). */
const MAX_LEVELS = 6;
/** A label names a column when this share of the cards has it (a field some cards lack still is one). */
const COLUMN_SHARE = 0.1;
/** Blocks looked at between two steps (see time-slices.ts Steps): grouping 5,000 cards took over 100 ms at once. */
const BLOCKS_STEP = 256;

/** Sibling blocks read as the lines of a table. */
export interface CardList {
  /** The element whose children are the cards. */
  container: Element;
  cards: Element[];
  /** The columns: labels as compared (lower case) and as shown, in the cards' order. */
  keys: string[];
  headers: string[];
}

/** The fields each child of one element holds, by child, in the order they were met. */
type FieldsByChild = Map<Element, CardField[]>;

/**
 * Collects fields as they are found (in page order) and, at the end, the sibling blocks they
 * make cards of. Each field is recorded in the blocks above it, up to MAX_LEVELS.
 */
export class CardListGrouper {
  private readonly byParent = new Map<Element, FieldsByChild>();
  /** Value elements, to tell a heading over a group of fields ("Line 7" over a `<dl>`) from a field. */
  private readonly values = new Set<Element>();
  private readonly sections = new Set<Element>();

  constructor(private readonly parentOf: (element: Element) => Element | null) {}

  add(field: CardField): void {
    this.values.add(field.value);
    let node = field.box;
    for (let level = 0; level < MAX_LEVELS; level++) {
      // A "value" holding a field is a section's body: its "label" is a heading, not a field.
      if (node !== field.value && this.values.has(node)) this.sections.add(node);
      const parent = this.parentOf(node);
      if (!parent) break;
      let children = this.byParent.get(parent);
      if (!children) this.byParent.set(parent, (children = new Map()));
      let fields = children.get(node);
      if (!fields) children.set(node, (fields = []));
      fields.push(field);
      node = parent;
    }
  }

  /** The card lists among the recorded blocks, in the order their first field was met. */
  cardLists(): CardList[] {
    return runAtOnce(this.cardListSteps());
  }

  /** The same, as steps. */
  *cardListSteps(): Steps<CardList[]> {
    const lists: CardList[] = [];
    for (const [container, children] of this.byParent) {
      const list = yield* this.cardListOf(container, children);
      if (list) lists.push(list);
    }
    return lists;
  }

  private *cardListOf(container: Element, children: FieldsByChild): Steps<CardList | null> {
    if (children.size < MIN_CARDS) return null;
    // A block naming a label twice holds several cards (it is a list, one level up): not a card.
    const candidates: { card: Element; keys: string[] }[] = [];
    let looked = 0;
    for (const [card, fields] of children) {
      if (++looked % BLOCKS_STEP === 0) yield;
      const keys = fields.filter((field) => !this.sections.has(field.value)).map((field) => field.key);
      if (keys.length >= MIN_SHARED_LABELS && new Set(keys).size === keys.length) candidates.push({ card, keys });
    }
    if (candidates.length < MIN_CARDS) return null;
    const counts = keyCounts(candidates.map((candidate) => candidate.keys));
    // Shared: on at least half the blocks. Blocks with too few of them are something else among the cards.
    const shared = new Set([...counts].filter(([, count]) => count * 2 >= candidates.length).map(([key]) => key));
    if (shared.size < MIN_SHARED_LABELS) return null;
    const cards = candidates.filter((candidate) => candidate.keys.filter((key) => shared.has(key)).length >= MIN_SHARED_LABELS);
    if (cards.length < MIN_CARDS) return null;
    const cardCounts = keyCounts(cards.map((card) => card.keys));
    const needed = Math.max(2, Math.ceil(cards.length * COLUMN_SHARE));
    const keys = mergedOrder(cards.map((card) => card.keys)).filter((key) => cardCounts.get(key)! >= needed);
    const labels = new Map<string, string>();
    for (const fields of children.values()) {
      if (++looked % BLOCKS_STEP === 0) yield;
      for (const field of fields) if (!labels.has(field.key)) labels.set(field.key, field.label);
    }
    return { container, cards: cards.map((card) => card.card), keys, headers: keys.map((key) => labels.get(key)!) };
  }
}

function keyCounts(lists: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const keys of lists) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * One order for labels the cards list in theirs, some cards lacking some: each label new to the
 * order is put right after the label it follows on the first card that has it.
 */
export function mergedOrder(lists: readonly (readonly string[])[]): string[] {
  const order: string[] = [];
  const known = new Set<string>();
  for (const keys of lists) {
    let previous: string | null = null;
    for (const key of keys) {
      if (!known.has(key)) {
        order.splice(previous === null ? 0 : order.indexOf(previous) + 1, 0, key);
        known.add(key);
      }
      previous = key;
    }
  }
  return order;
}

/** The fields in `elements` (each one looked at as a label or a field's box), grouped. */
export function cardListsIn(elements: Iterable<Element>, parentOf: (element: Element) => Element | null): CardList[] {
  const grouper = new CardListGrouper(parentOf);
  for (const element of elements) {
    const found = fieldAt(element);
    if (found) grouper.add(found);
  }
  return grouper.cardLists();
}
