import type { PageTableSummary } from '../../extension/messaging/messages';
import { collapseWhitespace } from '../layout/visible-text';
import { composedParent } from '../dom/composed-tree';
import { plural } from '../../core/report/wording';

/** Labels are read in a picker: a long caption is cut. */
const MAX_NAME_LENGTH = 120;
/** How far back from the table a heading still names it (siblings, then the parent's siblings...). */
const HEADING_SEARCH_LEVELS = 3;

const HEADING = /^h[1-6]$/;

function textOf(element: Element | null): string {
  return element ? collapseWhitespace(element.textContent ?? '') : '';
}

function labelledByText(element: Element): string {
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => textOf(element.ownerDocument.getElementById(id))).filter(Boolean).join(' ');
}

/** The nearest heading before the table: portals title their grids with an <h2> above them. */
function precedingHeading(element: Element): string {
  let node: Element | null = element;
  // Composed parents: a grid in a web component's shadow root is titled by the heading above the component.
  for (let level = 0; node && level < HEADING_SEARCH_LEVELS; level++, node = composedParent(node)) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      if (HEADING.test(sibling.localName) || sibling.getAttribute('role') === 'heading') return textOf(sibling);
    }
  }
  return '';
}

/** What the page calls the table: caption, accessible name, title, or the heading above it. */
export function tableName(element: Element): string {
  const caption = element.localName === 'table' ? textOf((element as HTMLTableElement).caption) : '';
  const name =
    caption ||
    labelledByText(element) ||
    collapseWhitespace(element.getAttribute('aria-label') ?? '') ||
    collapseWhitespace(element.getAttribute('title') ?? '') ||
    precedingHeading(element);
  return name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH - 1)}…` : name;
}

const KIND_WORDS: Record<PageTableSummary['kind'], string> = {
  'html-table': 'table',
  'aria-grid': 'grid',
  'iframe-table': 'table in a frame',
  'virtual-grid': 'scrolling grid',
  'card-list': 'cards',
};

/** "Entry lines (table, 5,000 rows)": what the popup's table picker shows. */
export function tableLabel(name: string, kind: PageTableSummary['kind'], rowCount: number): string {
  return `${name} (${KIND_WORDS[kind]}, ${plural(rowCount, 'row', 'rows')})`;
}
