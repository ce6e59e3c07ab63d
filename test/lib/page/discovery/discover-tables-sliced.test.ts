import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverTablesSliced } from '../../../../lib/page/discovery/discover-tables';
import type { TimeSlicer } from '../../../../lib/page/time-slices';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Discovery in slices while the page changes between them (linkedom; the browser tests list tables
 * on real pages): elements removed between two slices throw nothing, and a table removed before
 * discovery ended is not listed.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  // Every element has an empty box.
  dom = linkedomPage({ shown: true, boxSide: 0 });
  document = dom.document;
});
afterEach(() => dom.close());

/** A slicer that lets the page do `change` at its `at`th pause, as a page's own script may between two slices. */
function changingPage(change: () => void, at = 1): TimeSlicer {
  let pauses = 0;
  return {
    yields: 0,
    pause: async () => {
      if (++pauses === at) change();
    },
  } as unknown as TimeSlicer;
}

/** ARIA grids: linkedom has no HTML table API (rows, cells). */
const grid = (id: string) => `<div role="grid" id="${id}"><div role="row"><div role="columnheader">Part number</div><div role="columnheader">HTS</div></div><div role="row"><div role="gridcell">LT-1</div><div role="gridcell">8471.30.0100</div></div></div>`;
/** Enough elements that every walk of discovery stops between slices. */
const FILLER = `<div id="filler">${'<div><span>a</span><span>b</span></div>'.repeat(2_000)}</div>`;

describe('table discovery in slices', () => {
  it('lists the tables still on the page when the page removed others between slices', async () => {
    document.body.innerHTML = `${grid('lines')}<section>${grid('kept')}</section>${FILLER}`;
    const found = await discoverTablesSliced(
      document,
      // Late: tables and grids are found, card lists are being looked for.
      changingPage(() => document.getElementById('lines')!.remove(), 60),
    );
    expect(found.map((table) => table.element.id)).toEqual(['kept']);
  });

  it('throws nothing when the elements it was walking were removed between slices', async () => {
    document.body.innerHTML = `${grid('lines')}${FILLER}`;
    await expect(discoverTablesSliced(document, changingPage(() => document.getElementById('filler')!.remove()))).resolves.toBeDefined();
  });
});
