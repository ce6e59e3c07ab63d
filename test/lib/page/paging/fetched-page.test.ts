import { DOMParser } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchPage } from '../../../../lib/page/paging/fetched-page';

const ORIGIN = 'https://portal.example.gov';

/** What the stubbed fetch answers with, and every request it was given. */
function answering(answer: { url?: string; type?: string; status?: number; html?: string } | 'refused') {
  const asked: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    asked.push({ url, init });
    if (answer === 'refused') throw new TypeError('Failed to fetch');
    const status = answer.status ?? 200;
    return { ok: status < 300, status, url: answer.url ?? url, headers: new Headers({ 'content-type': answer.type ?? 'text/html; charset=utf-8' }), text: async () => answer.html ?? '' };
  });
  return asked;
}

beforeEach(() => {
  vi.stubGlobal('DOMParser', DOMParser);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a page of the site fetched as text, for a site that refuses frames', () => {
  it('gives its HTML with a base address, so its links and forms resolve as at its own address', async () => {
    answering({ url: `${ORIGIN}/entry/lines.aspx?page=2`, html: '<!DOCTYPE html><html><head><title>Lines</title></head><body><form action="./lines.aspx"></form></body></html>' });
    const page = await fetchPage({ url: `${ORIGIN}/entry/lines.aspx?page=2`, method: 'GET' }, ORIGIN, 1000);
    expect(page?.address).toBe(`${ORIGIN}/entry/lines.aspx?page=2`);
    expect(page?.html).toMatch(/^<!DOCTYPE html><html><head><base href="https:\/\/portal\.example\.gov\/entry\/lines\.aspx\?page=2"><title>Lines<\/title>/);
    expect(page?.html).toContain('<form action="./lines.aspx"></form>');
  });

  it('makes a base address of its own absolute, from where the page came', async () => {
    answering({ url: `${ORIGIN}/entry/lines.aspx`, html: '<html><head><base href="../app/"></head><body></body></html>' });
    const page = await fetchPage({ url: `${ORIGIN}/entry/lines.aspx`, method: 'GET' }, ORIGIN, 1000);
    expect(page?.html).toContain(`<base href="${ORIGIN}/app/">`);
    expect(page?.html.match(/<base/g)).toHaveLength(1);
  });

  it('posts a postback with the page form\'s fields, as the frame would', async () => {
    const asked = answering({ html: '<p>page 3</p>' });
    await fetchPage({ url: `${ORIGIN}/entry/lines.aspx`, method: 'POST', fields: [['__EVENTTARGET', 'lnkNext'], ['entry', '4711 0815']] }, ORIGIN, 1000);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.init.method).toBe('POST');
    expect(asked[0]!.init.credentials).toBe('same-origin');
    expect(String(asked[0]!.init.body)).toBe('__EVENTTARGET=lnkNext&entry=4711+0815');
  });

  it('reads nothing answered from another origin, not HTML, refused or failed', async () => {
    const request = { url: `${ORIGIN}/entry/lines.aspx`, method: 'GET' } as const;
    answering({ url: 'https://sign-in.example.com/login', html: '<p>Sign in</p>' });
    expect(await fetchPage(request, ORIGIN, 1000)).toBeNull();
    answering({ type: 'application/json', html: '{}' });
    expect(await fetchPage(request, ORIGIN, 1000)).toBeNull();
    answering({ status: 500, html: '<p>Server Error</p>' });
    expect(await fetchPage(request, ORIGIN, 1000)).toBeNull();
    answering('refused');
    expect(await fetchPage(request, ORIGIN, 1000)).toBeNull();
  });
});
