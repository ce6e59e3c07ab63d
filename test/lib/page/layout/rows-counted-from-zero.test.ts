import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotGrid } from '../../../../lib/page/layout/grid-snapshot';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A virtual grid whose aria-rowindex counts the rows it has drawn now, from 0 (SVAR's DataGrid:
 * the rows drawn are 0 to 17 wherever it is scrolled). Taken for line numbers, every look showed
 * lines 1 to 17 again and reading stopped after 17 of 2,000 lines. ARIA's indexes start at 1.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
});
afterEach(() => dom.close());

const box = (left: number, top: number, width: number, height: number) => `data-box="${left} ${top} ${width} ${height}"`;
const header = `<div role="rowgroup"><div role="row" ${box(0, 0, 250, 36)}><div role="columnheader" ${box(0, 0, 120, 36)}>Part</div><div role="columnheader" ${box(120, 0, 130, 36)}>HTS</div></div></div>`;
/** The `drawn`th row drawn (from 0), 37 px below the one before. */
const line = (index: number, drawn: number, part: string) => {
  const top = 36 + 37 * drawn;
  return `<div role="row" aria-rowindex="${index}" ${box(0, top, 250, 37)}><div role="gridcell" ${box(0, top, 120, 37)}>${part}</div><div role="gridcell" ${box(120, top, 130, 37)}>8471.30.0100</div></div>`;
};

/** The rows drawn, stating aria-rowindex from `firstIndex`, showing the parts given. */
function numbersOf(firstIndex: number, parts: string[]): (number | null)[] {
  dom.document.body.innerHTML = `<div role="grid" aria-rowcount="${parts.length}">${header}<div>${parts.map((part, i) => line(firstIndex + i, i, part)).join('')}</div></div>`;
  const snapshot = snapshotGrid({ element: dom.document.querySelector('[role="grid"]')!, structure: 'aria', inFrame: false }, null);
  return snapshot.rows.map((row) => row.number);
}

describe('a grid whose aria-rowindex counts its drawn rows from 0', () => {
  it('states no line numbers: scrolled down, lines 134 to 136 are not read as lines 1 to 2', () => {
    expect(numbersOf(0, ['LT-00134', 'LT-00135', 'LT-00136'])).toEqual([null, null, null]);
  });

  it('leaves a grid numbering its lines from 1 as it was', () => {
    expect(numbersOf(134, ['LT-00134', 'LT-00135', 'LT-00136'])).toEqual([134, 135, 136]);
    expect(numbersOf(1, ['LT-00001', 'LT-00002'])).toEqual([1, 2]);
  });
});
