import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { foreignFrameNote } from '../../../../lib/page/discovery/foreign-frames';
import { type LinkedomPage, linkedomPage } from '../../../support/linkedom-page';

/**
 * Another site's page shown in a frame cannot be read from the page: the popup says so, naming
 * that page so the user can open it in a tab of its own. linkedom gives no frame a document (as a
 * browser does for another site's frame); a readable frame is given one here.
 * Boxes: `data-box="left top width height"`.
 */
let dom: LinkedomPage;

beforeEach(() => {
  dom = linkedomPage({ shown: true, boxesFromDataBox: true });
});
afterEach(() => dom.close());

function page(html: string): Document {
  dom.document.body.innerHTML = html;
  return dom.document;
}

describe('a page showing another site in a frame', () => {
  it('names the large frame’s page, without its query, and not a small frame beside it', () => {
    const doc = page(`
      <iframe src="https://customs.example.gov/entry/lines?session=abc#top" data-box="0 0 1100 520"></iframe>
      <iframe src="https://ads.example.com/banner" data-box="0 530 300 120"></iframe>`);
    const note = foreignFrameNote(doc);
    expect(note).toContain("another site's page in a frame (https://customs.example.gov/entry/lines)");
    expect(note).not.toContain('session');
    expect(note).not.toContain('ads.example.com');
  });

  it('says so without an address for a frame that has no web address', () => {
    const doc = page(`<iframe src="javascript:void 0" data-box="0 0 900 500"></iframe>`);
    expect(foreignFrameNote(doc)).toMatch(/^This page shows another site's page in a frame: /);
  });

  it('looks into frames the page may read, and says nothing when there is no other site’s frame', () => {
    const outer = page(`<iframe id="own" data-box="0 0 1000 600"></iframe><iframe id="small" src="https://widget.example/" data-box="0 0 200 100"></iframe>`);
    const parse = (html: string) => new (dom.window as unknown as { DOMParser: new () => DOMParser }).DOMParser().parseFromString(html, 'text/html');
    let own = parse('<html><body><p>Welcome</p></body></html>');
    Object.defineProperty(outer.getElementById('own')!, 'contentDocument', { get: () => own });
    expect(foreignFrameNote(outer)).toBeNull();
    // A same-site frame holding another site's large frame.
    own = parse('<html><body><iframe src="https://erp.example.net/lines" data-box="0 0 900 500"></iframe></body></html>');
    expect(foreignFrameNote(outer)).toContain('(https://erp.example.net/lines)');
  });
});
