import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooserOf } from '../../../../lib/page/paging/page-chooser';
import { changeLeaves } from '../../../../lib/page/paging/pager-request';
import { findPager } from '../../../../lib/page/paging/table-pager';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * A pager drawn as a select of the page numbers ("Page [3 ▾] of 12", page-chooser.ts): its options
 * are the pager's numbers, the selected one the page shown. Built in linkedom; the browser tests
 * (server-paging, postback-paging) read every page of such tables.
 */
let dom: LinkedomPage;
let document: Document;

beforeEach(() => {
  dom = linkedomPage({ shown: true });
  document = dom.document;
});
afterEach(() => dom.close());

function pageWith(pager: string): Element {
  document.body.innerHTML = `<form action="/entry/lines.aspx" method="post"><input type="hidden" name="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" value="">
    <div><table id="lines"><tr><th>Part</th><th>HTS</th></tr><tr><td>P-1</td><td>8471.30</td></tr><tr><td>P-2</td><td>8471.41</td></tr></table></div>
    <div class="pager">${pager}</div></form>`;
  return document.getElementById('lines')!;
}

const pages = (page: number, count = 12): string => Array.from({ length: count }, (_, i) => `<option value="${i + 1}"${i + 1 === page ? ' selected' : ''}>${i + 1}</option>`).join('');

describe('a select of the page numbers', () => {
  it('is a pager: the page selected is the page shown, its neighbours the next and previous', async () => {
    const pager = await findPager(pageWith(`<label>Rows <select name="size"><option>10</option><option selected>25</option><option>50</option></select></label> Page <select name="page">${pages(3)}</select> of 12`));
    expect(pager?.status()).toMatchObject({ page: 3, pages: 12 });
    expect(pager?.next()?.textContent).toBe('4');
    expect(pager?.previous()?.textContent).toBe('2');
    expect(pager?.pageButtonTowards(7, 3)?.textContent).toBe('7');
  });

  it('is a pager when its options name the pages in words ("Page 3", "3 of 12")', async () => {
    const named = (words: (page: number) => string): string => `<select name="page">${Array.from({ length: 12 }, (_, i) => `<option value="p${i + 1}"${i === 4 ? ' selected' : ''}>${words(i + 1)}</option>`).join('')}</select>`;
    for (const words of [(page: number) => `Page ${page}`, (page: number) => `${page} of 12`, (page: number) => `Seite ${page} von 12`]) {
      const pager = await findPager(pageWith(named(words)));
      expect(pager?.status(), words(1)).toMatchObject({ page: 5, pages: 12 });
      expect(pager?.next()?.getAttribute('value')).toBe('p6');
    }
  });

  it('is no pager when its options are not the pages 1 to N (a page-size select)', async () => {
    expect(await findPager(pageWith('<label>Rows per page <select name="size"><option>1</option><option>2</option><option>5</option><option>10</option></select></label>'))).toBeNull();
    expect(await findPager(pageWith('<select name="range"><option>1 - 25</option><option>26 - 50</option></select>'))).toBeNull();
    expect(await findPager(pageWith('<select name="entry"><option>Entry 1</option><option>Entry 2</option></select>'))).toBeNull();
  });

  it('is told as loading another document when its onchange posts back, submits or goes elsewhere, and not when a listener pages in place', async () => {
    // As ASP.NET writes AutoPostBack: the postback in a string of setTimeout's, its quotes escaped (&#39; in the attribute).
    const postBack = String.raw`javascript:setTimeout(&#39;__doPostBack(\&#39;ctl00$ddlPage\&#39;,\&#39;\&#39;)&#39;, 0)`;
    for (const [onchange, leaves] of [[postBack, true], ['this.form.submit()', true], ['submit()', true], ['location.href = this.value', true], ['', false]] as const) {
      const pager = await findPager(pageWith(`Page <select name="ctl00$ddlPage"${onchange ? ` onchange="${onchange}"` : ''}>${pages(3)}</select> of 12`));
      expect(changeLeaves(chooserOf(pager!.next()!)!), onchange).toBe(leaves);
    }
  });
});
