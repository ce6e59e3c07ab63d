import { describe, expect, it } from 'vitest';
import { senderKind } from '../../../../lib/extension/messaging/message-sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('senderKind', () => {
  it('knows the extension pages by their URL, also the results page open in a tab', () => {
    expect(senderKind({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toEqual({ kind: 'extension-page' });
    expect(senderKind({ id: ID, url: `${ORIGIN}results.html?scan=latest`, tab: { id: 3 } }, ID, ORIGIN)).toEqual({ kind: 'extension-page' });
  });

  it('takes a message from a page tab as the content script of that tab', () => {
    expect(senderKind({ id: ID, url: 'https://portal.example/entry', tab: { id: 9 } }, ID, ORIGIN)).toEqual({ kind: 'content-script', tabId: 9 });
  });

  it('refuses other extensions, and page URLs that only look like the extension', () => {
    expect(senderKind({ id: 'other', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toEqual({ kind: 'other' });
    expect(senderKind({ id: ID, url: `https://evil.example/${ORIGIN}popup.html`, tab: { id: 2 } }, ID, ORIGIN)).toEqual({ kind: 'content-script', tabId: 2 });
    expect(senderKind({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toEqual({ kind: 'other' });
  });
});
