import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAmountText, isSumsRow } from '../../../../lib/page/layout/sums-row';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A line of sums drawn with the header (a totals line pinned under it) shows amounts and blanks:
 * it names no column. A header row, or a line of goods, shows words.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
});
afterEach(() => dom.close());

function cells(...texts: string[]): Element[] {
  dom.document.body.innerHTML = `<div class="line">${texts.map((text) => `<div>${text}</div>`).join('')}</div>`;
  return Array.from(dom.document.querySelectorAll('.line > div'));
}

describe('a line of sums', () => {
  it('amounts as totals lines write them', () => {
    for (const text of ['508100', '35,650,265.60', '35.650.265,60', '1 200,50 €', '(1,200.00)', 'USD 4.5', '12 %', '$ 1,234']) expect(isAmountText(text), text).toBe(true);
    for (const text of ['Quantity', 'Net Weight (kg)', 'Total', '8471.30.0100 CN', 'LT-00001', 'kg', '']) expect(isAmountText(text), text).toBe(false);
  });

  it('is amounts and blanks, at least one amount', () => {
    expect(isSumsRow(cells('', '', '508100', '', '35650265.60'))).toBe(true);
    expect(isSumsRow(cells('', '', ''))).toBe(false);
    expect(isSumsRow(cells('Total', '', '508100'))).toBe(false);
    expect(isSumsRow(cells('Line', 'Part Number', 'Quantity'))).toBe(false);
  });
});
