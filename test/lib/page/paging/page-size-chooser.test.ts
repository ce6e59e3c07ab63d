import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isPageSizeChooser } from '../../../../lib/page/paging/page-size-chooser';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/** A page-size chooser beside a table's arrows says they page it (page-size-chooser.ts). */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
});
afterEach(() => dom.close());

function select(...texts: string[]): Element {
  dom.document.body.innerHTML = `<select>${texts.map((text) => `<option>${text}</option>`).join('')}</select>`;
  return dom.document.querySelector('select')!;
}

describe('isPageSizeChooser', () => {
  it('takes a select of growing sizes, with words or "All" after them', () => {
    expect(isPageSizeChooser(select('10', '25', '50', '100'))).toBe(true);
    expect(isPageSizeChooser(select('25 / page', '50 / page', '100 / page'))).toBe(true);
    expect(isPageSizeChooser(select('10 rows', '20 rows', 'All'))).toBe(true);
  });

  it('leaves a chooser of pages, of countries or of one size alone', () => {
    expect(isPageSizeChooser(select('1', '2', '3', '4'))).toBe(false);
    expect(isPageSizeChooser(select('CN', 'DE', 'US'))).toBe(false);
    expect(isPageSizeChooser(select('25'))).toBe(false);
    expect(isPageSizeChooser(select('2024', '2025', '2026'))).toBe(false);
  });
});
