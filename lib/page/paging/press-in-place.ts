import { chooseOption, chooserOf } from './page-chooser';
import { changeLeaves, isPostBackLink } from './pager-request';

/**
 * Pressing a pager control without taking the user's tab elsewhere. A pager the server pages
 * (ASP.NET, JSF, Rails, PHP portals) is made of links to other addresses, or buttons that submit
 * a form: pressed, it loads a new document in the tab, which ends the read and the content script
 * with it, and leaves the user on another page than theirs. The click is watched last, on the
 * window: where the page's own script took it (a script pager, a single-page app's router), it
 * was cancelled there and moves the table in place; where nothing took it, the load it would
 * start is cancelled here and the press told as leaving.
 *
 * A postback link (`javascript:__doPostBack(…)`) is not pressed: the browser runs no
 * `javascript:` address an extension clicks (Chromium: nothing happens), and run, it posts the
 * form, loading another document. It is told as leaving at once.
 *
 * A page chooser's option (page-chooser.ts) is chosen, and its select told it changed; one whose
 * `onchange` posts the form back, submits it or goes to another address is told as leaving at once.
 */

export type Press = 'pressed' | 'leaves';

export function pressInPlace(control: HTMLElement): Press {
  const view = control.ownerDocument.defaultView;
  if (!view) return 'pressed';
  if (isPostBackLink(control)) return 'leaves';
  const chooser = chooserOf(control);
  if (chooser) {
    if (changeLeaves(chooser)) return 'leaves';
    chooseOption(control as HTMLOptionElement);
    return 'pressed';
  }
  let leaves = false;
  const stopLeaving = (event: Event): void => {
    if (event.defaultPrevented) return;
    if (event.type === 'click' && !linkElsewhere(event)) return;
    event.preventDefault();
    leaves = true;
  };
  // Bubbling, on the window: after every listener the page has on the way.
  view.addEventListener('click', stopLeaving);
  view.addEventListener('submit', stopLeaving);
  try {
    control.click();
  } finally {
    view.removeEventListener('click', stopLeaving);
    view.removeEventListener('submit', stopLeaving);
  }
  return leaves ? 'leaves' : 'pressed';
}

/**
 * The link a click follows, when it loads a document: another address, or this one again (a link
 * to "" reloads it), or any in another window; a link to a #fragment of this document stays.
 * A `javascript:` link runs the page's script (a postback may load a new document, an update
 * panel does not): it is left to run.
 */
function linkElsewhere(event: Event): boolean {
  const start = event.composedPath()[0] as Node | undefined;
  // Elements of a frame's document are no instances of this window's Element: asked by node type.
  const link = start?.nodeType === Node.ELEMENT_NODE ? (start as Element).closest('a[href], area[href]') : null;
  if (!link) return false;
  const target = new URL((link as HTMLAnchorElement).href, link.ownerDocument.baseURI);
  if (target.protocol !== 'http:' && target.protocol !== 'https:' && target.protocol !== 'file:') return false;
  if (((link as HTMLAnchorElement).target || '_self') !== '_self') return true;
  const here = new URL(link.ownerDocument.URL);
  const sameDocument = target.origin === here.origin && target.pathname === here.pathname && target.search === here.search;
  return !(sameDocument && (link.getAttribute('href') ?? '').includes('#'));
}
