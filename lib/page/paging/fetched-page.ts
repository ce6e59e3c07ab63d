import type { PageRequest } from './pager-request';

/**
 * A page of the site fetched as text, for a site that refuses to be shown in a frame even by
 * itself (`X-Frame-Options: DENY`, `frame-ancestors 'none'`, as many government portals answer):
 * reader-frame.ts then shows the text in its frame (`srcdoc`, still sandboxed with no scripts),
 * where the page lays out as it would have loaded. The request is the one the pager's control
 * makes (pager-request.ts), sent by this page's own origin with its cookies, as the frame's load
 * would have been; an answer from another origin (a sign-in page elsewhere) is not read.
 */

/** The address each page shown from fetched text came from: its document's own URL is about:srcdoc. */
const addresses = new WeakMap<Document, string>();

/** The address a document's page came from: its URL, or for a page shown from fetched text, where it was fetched. */
export function addressOfDocument(doc: Document): string {
  return addresses.get(doc) ?? doc.URL;
}

/** Remember where the page shown in `doc` was fetched from. */
export function rememberAddress(doc: Document, address: string): void {
  addresses.set(doc, address);
}

/** A page fetched: its HTML, ready to be shown from text, and the address it came from (after redirects). */
export interface FetchedPage {
  html: string;
  address: string;
}

/** The page the request answers with, or null (refused, not HTML, another origin, too slow or stopped). */
export async function fetchPage(request: PageRequest, origin: string, timeoutMs: number, signal?: AbortSignal): Promise<FetchedPage | null> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  const timer = setTimeout(stop, timeoutMs);
  signal?.addEventListener('abort', stop);
  try {
    const response = await fetch(request.url, {
      method: request.method,
      body: request.method === 'POST' ? new URLSearchParams(request.fields) : undefined,
      credentials: 'same-origin',
      signal: controller.signal,
    });
    if (!response.ok || new URL(response.url).origin !== origin) return null;
    if (!/^\s*(text\/html|application\/xhtml\+xml)\b/i.test(response.headers.get('content-type') ?? '')) return null;
    return { html: shownAt(await response.text(), response.url), address: response.url };
  } catch {
    // Refused, unreachable, too slow or stopped: this page cannot be read out of sight.
    return null;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/**
 * The page's HTML with a base address, so that shown from text its style sheets, links and forms
 * resolve as at `address` (a text shown in a frame takes this page's address otherwise). Parsed
 * into an inert document (no script of it runs), and written out again with its doctype, which
 * decides how the page lays out.
 */
function shownAt(html: string, address: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const base = doc.querySelector('base[href]');
  if (base) {
    base.setAttribute('href', new URL(base.getAttribute('href')!, address).href);
  } else {
    const added = doc.createElement('base');
    added.setAttribute('href', address);
    doc.head.prepend(added);
  }
  return `${doctypeOf(doc)}${doc.documentElement.outerHTML}`;
}

function doctypeOf(doc: Document): string {
  const type = doc.doctype;
  if (!type) return '';
  const publicId = type.publicId ? ` PUBLIC "${type.publicId}"` : '';
  const systemId = type.systemId ? `${type.publicId ? '' : ' SYSTEM'} "${type.systemId}"` : '';
  return `<!DOCTYPE ${type.name}${publicId}${systemId}>`;
}
