/**
 * Many grids draw a row of filter boxes under their header (AG Grid's floating filters, DataTables'
 * and jqGrid's filter toolbars, Kendo's and DevExtreme's filter rows): a text box or a list per
 * column, no words. It is part of the header: no line of goods, and no words for a column's name
 * (what the user typed into a filter is not the column's name). An ARIA grid numbers it among its
 * header rows, so it still counts when rows are numbered (see aria-grid-rows.ts).
 */

const CONTROL_SELECTOR = 'input:not([type="hidden"]), select, textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"], [role="searchbox"]';

/**
 * A row of filter boxes: no cell shows words of its own, and most hold a control. The options of
 * a list ("All", the countries) are the list's, not the cell's words.
 */
export function isFilterRow(cells: readonly Element[]): boolean {
  if (cells.length === 0) return false;
  let controls = 0;
  for (const cell of cells) {
    if ((cell.textContent ?? '').trim() !== '' && hasWordsOutsideControls(cell)) return false;
    if (cell.querySelector(CONTROL_SELECTOR)) controls++;
  }
  return controls * 2 >= cells.length;
}

const [ELEMENT_NODE, TEXT_NODE] = [1, 3];
/** Elements whose text is a control's content, not words shown beside it. */
const CONTROL_TEXT = 'select, textarea, datalist';

function hasWordsOutsideControls(node: Node): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if ((child.nodeValue ?? '').trim() !== '') return true;
    } else if (child.nodeType === ELEMENT_NODE && !(child as Element).matches(CONTROL_TEXT) && hasWordsOutsideControls(child)) {
      return true;
    }
  }
  return false;
}

/** Values named in a note at most, and the length of each. */
const MAX_VALUES = 4;
const MAX_VALUE_LENGTH = 40;
const NOT_FILTER_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'image', 'file', 'hidden', 'range', 'color']);

/** What the filter boxes of `rows` (filter rows, see isFilterRow) hold: typed words, a chosen option. */
export function filterBoxValues(rows: readonly Element[]): string[] {
  const values: string[] = [];
  for (const row of rows) {
    for (const control of Array.from(row.querySelectorAll('input, select, textarea'))) {
      let value = '';
      if (control.localName === 'select') {
        const select = control as HTMLSelectElement;
        value = select.value === '' ? '' : (select.selectedOptions[0]?.textContent ?? select.value);
      } else if (control.localName === 'textarea' || !NOT_FILTER_INPUTS.has((control as HTMLInputElement).type)) {
        value = (control as HTMLInputElement).value;
      }
      value = value.trim();
      if (value !== '' && !values.includes(value)) values.push(value.slice(0, MAX_VALUE_LENGTH));
      if (values.length === MAX_VALUES) return values;
    }
  }
  return values;
}
