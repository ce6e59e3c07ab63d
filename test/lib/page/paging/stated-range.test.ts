import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statedRangeBeside } from '../../../../lib/page/paging/stated-range';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A status line beside a table whose pager was not recognised (stated-range.ts), on pages built in
 * linkedom (every element counts as shown). The browser test is grid-paging's
 * grid-aria-pages.html?server=1.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
  document = dom.document;
});
afterEach(() => dom.close());

const lines = (count: number): string => Array.from({ length: count }, (_, i) => `<tr><td>P-${i + 1}</td><td>8471.30</td></tr>`).join('');

/** The catalog table of `rows` lines in `depth` nested boxes, with `beside` in the box `at` levels up (1: the table's own box). */
function page(rows: number, beside: string, at = 1, depth = 6): Element {
  let html = `<table id="catalog"><tr><th>Part</th><th>HTS</th></tr>${lines(rows)}</table>`;
  for (let level = 1; level <= depth; level++) html = `<div>${html}${level === at ? beside : ''}</div>`;
  document.body.innerHTML = html;
  return document.getElementById('catalog')!;
}

describe('a status line beside a table no pager was recognised for', () => {
  it('is taken when it counts exactly the lines shown out of more (EasyUI, DataTables, Telerik wordings)', async () => {
    const table = page(3, '<div class="pager"><span class="ico"></span><span>Displaying 4 to 6 of 40 items</span></div>');
    expect(await statedRangeBeside(table, [table], 3)).toMatchObject({ first: 4, last: 6, total: 40 });
    const german = page(3, '<p>Einträge 1 bis 3 von 2.000</p>', 3);
    expect(await statedRangeBeside(german, [german], 3)).toMatchObject({ first: 1, last: 3, total: 2000 });
  });

  it('is not taken when it counts every line, counts other than the lines shown, or sits far from the table', async () => {
    const whole = page(3, '<span>Showing 1 to 3 of 3 entries</span>');
    expect(await statedRangeBeside(whole, [whole], 3)).toBeNull();
    // Three lines shown, a range of ten: a count of something else (a side panel's shipments).
    const other = page(3, '<span>Shipments 1 to 10 of 12</span>');
    expect(await statedRangeBeside(other, [other], 3)).toBeNull();
    // Six boxes up: past the boxes near the table, where a status is another part of the page's.
    const far = page(3, '<span>Displaying 1 to 3 of 40 items</span>', 6);
    expect(await statedRangeBeside(far, [far], 3)).toBeNull();
    const none = page(3, '<span>Open purchase order lines</span>');
    expect(await statedRangeBeside(none, [none], 3)).toBeNull();
  });
});
