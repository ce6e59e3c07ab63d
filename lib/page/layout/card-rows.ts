import type { FoundTable } from '../discovery/discover-tables';
import { MIN_SHARED_LABELS } from '../discovery/card-lists';
import { fieldsIn } from '../discovery/find-card-lists';
import { renderedElements } from '../dom/composed-tree';
import type { LayoutRow } from './table-layout';
import { isHiddenFromUser } from './visibility';

/**
 * A card list read as a table (see card-lists.ts): the labels are the header, each card a row,
 * and each cell the element showing the field's value, so a mark is drawn on the value and not on
 * its label. A card without a field has an empty cell there. Cards are read as they are now: a
 * list that grew or changed since it was found is read as it shows itself.
 */

/** The card list a found table is, with its columns. */
export function cardListOf(found: FoundTable): NonNullable<FoundTable['cards']> {
  if (!found.cards) throw new Error('Not a card list: the table was found without cards.');
  return found.cards;
}

/** Looks a card's fields up under the list's columns. */
export class CardRowReader {
  private readonly positions: Map<string, number>;

  constructor(
    private readonly found: FoundTable,
    private readonly keys: readonly string[],
  ) {
    this.positions = new Map(keys.map((key, position) => [key, position]));
  }

  /** A card's row; null for a child of the list that is not a card (a heading, a "load more" button) or a hidden one. */
  rowOf(card: Element): LayoutRow | null {
    const cells: (Element | null)[] = this.keys.map(() => null);
    let labels: Set<Element> | null = null;
    let labelTexts: Map<Element, string> | null = null;
    let named = 0;
    for (const field of fieldsIn(card)) {
      const position = this.positions.get(field.key);
      // The first field of a name is the card's: a later one is part of something inside it.
      if (position === undefined || cells[position] !== null) continue;
      cells[position] = field.value;
      named++;
      if (field.labelInside) (labels ??= new Set()).add(field.labelInside);
      if (field.labelText !== null) (labelTexts ??= new Map()).set(field.value, field.labelText);
    }
    if (named < MIN_SHARED_LABELS || isHiddenFromUser(card, this.found.element)) return null;
    return { element: card, cells, ...(labels && { labels }), ...(labelTexts && { labelTexts }) };
  }
}

/** Every card of a found list as it is now, laid out under its columns. */
export function cardLayout(found: FoundTable): { headers: string[]; rows: LayoutRow[]; cardCount: number } {
  const list = cardListOf(found);
  const reader = new CardRowReader(found, list.keys);
  const cards = renderedElements(found.element);
  const rows: LayoutRow[] = [];
  for (const card of cards) {
    const row = reader.rowOf(card);
    if (row) rows.push(row);
  }
  return { headers: [...list.headers], rows, cardCount: cards.length };
}
