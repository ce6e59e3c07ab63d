import { fetchPage, rememberAddress } from './fetched-page';
import type { PageRequest } from './pager-request';

/** A page of the site loads within this long, or reading by address stops. */
const LOAD_TIMEOUT_MS = 20_000;

/** Marks the frame, for anything that walks the page's frames (it is aria-hidden, and so not listed). */
export const READER_FRAME_ATTRIBUTE = 'data-customs-preflight-reader';

/** Names each frame's window, which a form posting into it targets. */
let framesMade = 0;

/** How a load of the frame ended: its document, a page the frame could not show or read, or nothing in time. */
type Loaded = Document | 'refused' | null;

/**
 * The frame the other pages of a table the server pages are loaded in (pages-by-address.ts): as
 * large as the tab's window (the page lays out as the user's does), out of sight, sandboxed with no
 * scripts. A site that refuses to be framed, even by itself, has its pages fetched as text and
 * shown in the frame from that text (fetched-page.ts), from its first refusal on.
 */
export class ReaderFrame {
  private readonly frame: HTMLIFrameElement;
  private readonly name = `customs-preflight-reader-${++framesMade}`;
  private framingRefused = false;

  constructor(private readonly doc: Document) {
    const view = doc.defaultView!;
    this.frame = doc.createElement('iframe');
    this.frame.name = this.name;
    // Same origin, so its document can be read; no scripts.
    this.frame.setAttribute('sandbox', 'allow-same-origin');
    this.frame.setAttribute('aria-hidden', 'true');
    this.frame.setAttribute('tabindex', '-1');
    this.frame.setAttribute(READER_FRAME_ATTRIBUTE, '');
    Object.assign(this.frame.style, {
      position: 'fixed',
      left: '-100000px',
      top: '0',
      width: `${view.innerWidth}px`,
      height: `${view.innerHeight}px`,
      border: '0',
      visibility: 'hidden',
      pointerEvents: 'none',
    });
    doc.documentElement.append(this.frame);
  }

  /** The document the request answers with, once loaded; null when it cannot be read (another origin, too slow, stopped). */
  async load(request: PageRequest, signal?: AbortSignal): Promise<Document | null> {
    if (!this.framingRefused) {
      const loaded = await this.loaded(() => (request.method === 'GET' ? (this.frame.src = request.url) : this.post(request)), signal);
      if (loaded !== 'refused') return loaded;
      // Refused in a frame (or answered from another origin): fetched as text from now on.
      this.framingRefused = true;
    }
    const page = await fetchPage(request, new URL(this.doc.URL).origin, LOAD_TIMEOUT_MS, signal);
    if (!page || signal?.aborted) return null;
    const loaded = await this.loaded(() => (this.frame.srcdoc = page.html), signal);
    if (loaded === 'refused' || loaded === null) return null;
    rememberAddress(loaded, page.address);
    return loaded;
  }

  /** Start a load of the frame and wait for it to end. */
  private loaded(start: () => void, signal?: AbortSignal): Promise<Loaded> {
    return new Promise((resolve) => {
      const done = (loaded: Loaded): void => {
        clearTimeout(timer);
        this.frame.removeEventListener('load', onLoad);
        signal?.removeEventListener('abort', aborted);
        resolve(loaded);
      };
      const onLoad = (): void => {
        let doc: Document | null = null;
        try {
          doc = this.frame.contentDocument;
        } catch {
          // Another origin: not ours to read.
        }
        // A page refused in a frame is an error page of no origin (null here), or stays blank.
        done(doc && doc.URL !== 'about:blank' ? doc : 'refused');
      };
      const aborted = (): void => done(null);
      const timer = setTimeout(() => done(null), LOAD_TIMEOUT_MS);
      this.frame.addEventListener('load', onLoad);
      signal?.addEventListener('abort', aborted);
      start();
    });
  }

  /**
   * A post loads the frame as the page's own form would: a form of this page aimed at the frame,
   * there for the moment it is submitted. Its fields are the page's form's own (no data of ours).
   */
  private post(request: Extract<PageRequest, { method: 'POST' }>): void {
    const form = this.doc.createElement('form');
    form.method = 'post';
    form.action = request.url;
    form.target = this.name;
    form.hidden = true;
    for (const [name, value] of request.fields) {
      const field = this.doc.createElement('input');
      field.type = 'hidden';
      field.name = name;
      field.value = value;
      form.append(field);
    }
    this.doc.documentElement.append(form);
    try {
      // The prototype's own submit: a field named "submit" shadows the form's method.
      HTMLFormElement.prototype.submit.call(form);
    } finally {
      form.remove();
    }
  }

  remove(): void {
    this.frame.remove();
  }
}
