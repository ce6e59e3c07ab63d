import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPager, movesPages } from '../../../../lib/page/paging/table-pager';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * What a pager says of where the reader is (table-pager.ts statusOf): the page shown written in a
 * text box ("Page [3] of 80"), and a pager that does not count: a server that does not count its
 * rows has its pager say the page shown alone ("page 2"), beside a range with no total ("26–50
 * items") and its Previous and Next.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
  document = dom.document;
});
afterEach(() => dom.close());

const CATALOG = '<table id="catalog"><tr><th>Part</th><th>HTS</th></tr><tr><td>P-1</td><td>8471.30</td></tr><tr><td>P-2</td><td>8471.41</td></tr></table>';

/** The catalog with Carbon's pager of uncounted pages under it (its markup, less the shadow roots). */
function uncountedPager({ page, nextDisabled = false }: { page: number; nextDisabled?: boolean }): Element {
  const first = (page - 1) * 25 + 1;
  document.body.innerHTML = `<main>${CATALOG}<div class="pagination">
    <div class="left"><label>Items per page: <select><option>10</option><option selected>25</option><option>50</option></select></label>
      <span class="items-count">${first}–${first + 24} items</span></div>
    <div class="right"><span class="page-text">page ${page}</span>
      <button type="button" aria-label="Previous page" ${page === 1 ? 'disabled' : ''}></button>
      <button type="button" aria-label="Next page" ${nextDisabled ? 'disabled' : ''}></button></div>
  </div></main>`;
  return document.getElementById('catalog')!;
}

describe('a pager that says the page shown and not how many there are', () => {
  it('is walked on while Next moves: one page more than the one shown, counted by the walk', async () => {
    const pager = await findPager(uncountedPager({ page: 1 }));
    expect(pager?.status()).toEqual({ page: 1, pages: 2, total: null, unfiltered: null, shownRows: null, pagesUncounted: true });
    expect(pager?.next()?.getAttribute('aria-label')).toBe('Next page');
  });

  it('ends where Next is disabled, and goes back from there', async () => {
    const pager = await findPager(uncountedPager({ page: 80, nextDisabled: true }));
    expect(pager?.status()).toMatchObject({ page: 80, pages: 80, pagesUncounted: true });
    expect(pager?.next()).toBeNull();
    expect(pager?.previous()?.getAttribute('aria-label')).toBe('Previous page');
  });

  it('is one page when neither Previous nor Next moves', async () => {
    const pager = await findPager(uncountedPager({ page: 1, nextDisabled: true }));
    expect(pager?.status()).toMatchObject({ page: 1, pages: 1 });
  });

  it('is no pager where no Previous or Next is beside the "page 2"', async () => {
    document.body.innerHTML = `<main>${CATALOG}<p>See page 2 of the ruling.</p><span>page 2</span></main>`;
    expect((await findPager(document.getElementById('catalog')!))?.status() ?? null).toBeNull();
  });
});

describe('a pager that shows the page in a text box ("Page [3] of 80")', () => {
  /** The catalog over a hand-made pager: Previous, "Page [n] of 80" with n in an <input>, Next. */
  function boxPager(box: string): Element {
    document.body.innerHTML = `<main>${CATALOG}<div class="pager"><button type="button" aria-label="Previous page"></button>
      <label>Page ${box} of <span>80</span></label><button type="button" aria-label="Next page"></button></div></main>`;
    return document.getElementById('catalog')!;
  }

  it('reads the page shown from the box\'s value, as a user reads it', async () => {
    const pager = await findPager(boxPager('<input type="text" value="3">'));
    expect(pager?.status()).toMatchObject({ page: 3, pages: 80 });
    const numberBox = await findPager(boxPager('<input type="number" value="12">'));
    expect(numberBox?.status()).toMatchObject({ page: 12, pages: 80 });
  });

  it('reads no page from a box of words, nor from a box the page hides', async () => {
    expect((await findPager(boxPager('<input type="text" value="USD">')))?.status() ?? null).toBeNull();
    expect((await findPager(boxPager('<input type="hidden" value="3">')))?.status() ?? null).toBeNull();
  });
});

describe('a pager that says nothing of where it is (movesPages)', () => {
  /** The catalog with `controls` under it and no status line. */
  async function pagerOf(controls: string) {
    document.body.innerHTML = `<main>${CATALOG}<div class="pager">${controls}</div></main>`;
    return findPager(document.getElementById('catalog')!);
  }

  it('moves pages when its Next or Previous is named as a page\'s, or drawn with no words', async () => {
    const named = await pagerOf('<button type="button" aria-label="Previous page" disabled></button><button type="button" aria-label="Next page"></button>');
    expect(named?.status()).toBeNull();
    expect(movesPages(named!)).toBe(true);
    expect(movesPages((await pagerOf('<button type="button">‹</button><button type="button">›</button>'))!)).toBe(true);
    expect(movesPages((await pagerOf('<button type="button" title="Nächste Seite">Weiter</button>'))!)).toBe(true);
  });

  it('does not for a wizard\'s Next, nor for a page\'s arrows that are all disabled', async () => {
    expect(movesPages((await pagerOf('<button type="button">Back</button><button type="button">Next</button>'))!)).toBe(false);
    expect(movesPages((await pagerOf('<button type="button" aria-label="Previous page" disabled></button><button type="button" aria-label="Next page" disabled></button>'))!)).toBe(false);
  });
});

/** A pager of arrows and no page numbers (AG Grid's, MUI's): First, Previous, "Page 80 of 80", Next, Last. */
function arrowsOnlyPager(firstMarkup: string): Element {
  document.body.innerHTML = `<main>${CATALOG}<div class="paging">
    <span class="summary">1,976 to 2,000 of 2,000</span>
    ${firstMarkup}
    <button type="button" aria-label="Previous Page">‹</button>
    <span>Page 80 of 80</span>
    <button type="button" aria-label="Next Page" disabled>›</button>
    <button type="button" aria-label="Last Page" disabled>»|</button>
  </div></main>`;
  return document.getElementById('catalog')!;
}

describe('the way back to a far page by a pager of no page numbers', () => {
  it.each([
    ['named', '<button type="button" aria-label="First Page">|«</button>'],
    ['in German', '<button type="button">Erste Seite</button>'],
    ['by its icon\'s class alone', '<a href="#" class="l-btn"><span class="l-btn-icon pagination-first"></span></a>'],
    ['by its icon\'s double arrow', '<a href="#"><i class="fa fa-angle-double-left"></i></a>'],
  ])('goes by First when page 1 is nearer (%s)', async (_, firstMarkup) => {
    const pager = await findPager(arrowsOnlyPager(firstMarkup));
    expect(pager?.status()).toMatchObject({ page: 80, pages: 80 });
    const first = document.querySelector('.paging')!.children[1];
    expect(pager?.pageButtonTowards(3, 80)).toBe(first);
    // Nearer by Previous: no First.
    expect(pager?.pageButtonTowards(78, 80)).toBeNull();
  });

  it('never presses a disabled First', async () => {
    const pager = await findPager(arrowsOnlyPager('<button type="button" aria-label="First Page" disabled>|«</button>'));
    expect(pager?.pageButtonTowards(3, 80)).toBeNull();
  });
});

describe('a pager whose arrows are icons of an icon font, unnamed (arrow-icon-classes.ts)', () => {
  /** A hand-made pager: First, Previous, "Page 2 of 5", Next, Last, each an icon in a link. */
  async function iconPager(icons: { first: string; previous: string; next: string; last: string }, dir = 'ltr') {
    document.body.innerHTML = `<main dir="${dir}">${CATALOG}<div class="pager">
      <a href="#" id="first"><i class="${icons.first}"></i></a><a href="#" id="previous"><i class="${icons.previous}"></i></a>
      <span>Page 2 of 5</span>
      <a href="#" id="next"><i class="${icons.next}"></i></a><a href="#" id="last"><i class="${icons.last}"></i></a></div></main>`;
    return findPager(document.getElementById('catalog')!);
  }

  it.each([
    ['Font Awesome', { first: 'fa fa-angle-double-left', previous: 'fa fa-angle-left', next: 'fa fa-angle-right', last: 'fa fa-angle-double-right' }],
    ['Font Awesome 6', { first: 'fa-solid fa-angles-left', previous: 'fa-solid fa-chevron-left', next: 'fa-solid fa-chevron-right', last: 'fa-solid fa-angles-right' }],
    ['Bootstrap Icons', { first: 'bi bi-chevron-bar-left', previous: 'bi bi-chevron-left', next: 'bi bi-chevron-right', last: 'bi bi-chevron-bar-right' }],
    ['jQuery UI', { first: 'ui-icon ui-icon-seek-first', previous: 'ui-icon ui-icon-triangle-1-w', next: 'ui-icon ui-icon-triangle-1-e', last: 'ui-icon ui-icon-seek-end' }],
    ['Ionicons', { first: 'icon ion-play-skip-back', previous: 'icon ion-chevron-back', next: 'icon ion-chevron-forward', last: 'icon ion-play-skip-forward' }],
    ['Kendo', { first: 'k-icon k-i-arrow-end-left', previous: 'k-icon k-i-arrow-60-left', next: 'k-icon k-i-arrow-60-right', last: 'k-icon k-i-arrow-end-right' }],
  ])('finds Next and Previous by the arrows the icons draw (%s), never the double ones', async (_, icons) => {
    const pager = await iconPager(icons);
    expect(pager?.status()).toMatchObject({ page: 2, pages: 5 });
    expect(pager?.next()?.id).toBe('next');
    expect(pager?.previous()?.id).toBe('previous');
  });

  it('reads the arrows the other way round in a page written right to left', async () => {
    const pager = await iconPager({ first: 'fa fa-angle-double-right', previous: 'fa fa-chevron-right', next: 'fa fa-chevron-left', last: 'fa fa-angle-double-left' }, 'rtl');
    expect(pager?.next()?.id).toBe('next');
    expect(pager?.previous()?.id).toBe('previous');
  });

  it('reads Ionicons\' forward and back as the way itself, in a page written right to left too', async () => {
    const pager = await iconPager({ first: 'ion-play-skip-back', previous: 'ion-chevron-back', next: 'ion-chevron-forward', last: 'ion-play-skip-forward' }, 'rtl');
    expect(pager?.next()?.id).toBe('next');
    expect(pager?.previous()?.id).toBe('previous');
  });

  it('moves pages with no status, and an icon drawn on the link itself is read too', async () => {
    document.body.innerHTML = `<main>${CATALOG}<div class="pager"><a href="#" class="fa fa-chevron-left"></a><a href="#" class="fa fa-chevron-right" id="next"></a></div></main>`;
    const pager = await findPager(document.getElementById('catalog')!);
    expect(pager?.next()?.id).toBe('next');
    expect(movesPages(pager!)).toBe(true);
  });

  it('takes no lone chevron beside a table for a pager (a panel\'s expander)', async () => {
    document.body.innerHTML = `<main>${CATALOG}<div class="tools"><button type="button"><i class="fa fa-chevron-right"></i></button></div></main>`;
    const pager = await findPager(document.getElementById('catalog')!);
    expect(pager === null || !movesPages(pager)).toBe(true);
  });
});
