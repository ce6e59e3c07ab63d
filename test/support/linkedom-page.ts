import { parseHTML } from 'linkedom';

/**
 * An empty page built in linkedom, for unit tests of lib/page that need a DOM but no browser.
 * linkedom lays nothing out: with `shown`, every element counts as shown, in the flow, as a
 * block (getComputedStyle, checkVisibility). composed-tree.ts and card-fields.ts compare node
 * types by the DOM's constants, so `Node` is made global until `close()`.
 */
export interface LinkedomPage {
  document: Document;
  window: Window;
  /** Takes the global `Node` away again (call it in afterEach). */
  close(): void;
}

const globals = globalThis as { Node?: unknown };

export interface LinkedomPageOptions {
  shown?: boolean;
  /** Every element's box is a square of this side at the page's top left (linkedom measures nothing); with a box, each element draws that one box (getClientRects). */
  boxSide?: number;
  /** Each element's box is the one its `data-box="left top width height"` attribute gives (none: an empty box). */
  boxesFromDataBox?: boolean;
  /** linkedom draws no frames: `requestAnimationFrame` runs its callback as a task, so a reader's wait for the next render ends. */
  framesAsTasks?: boolean;
}

export function linkedomPage(options: LinkedomPageOptions = {}): LinkedomPage {
  const window = parseHTML('<!doctype html><html><body></body></html>') as unknown as Window;
  globals.Node = (window as unknown as { Node: unknown }).Node;
  if (options.shown) {
    (window as unknown as { getComputedStyle: () => Partial<CSSStyleDeclaration> }).getComputedStyle = () => ({ display: 'block', visibility: 'visible', position: 'static' });
    const element = (window as unknown as { Element: { prototype: Element } }).Element.prototype;
    element.checkVisibility ??= function (this: Element) {
      return this.isConnected;
    };
  }
  if (options.boxSide !== undefined) {
    const side = options.boxSide;
    const element = (window as unknown as { Element: { prototype: Element } }).Element.prototype;
    element.getBoundingClientRect = () => ({ top: 0, left: 0, right: side, bottom: side, width: side, height: side, x: 0, y: 0, toJSON: () => ({}) });
  }
  if (options.boxesFromDataBox) {
    const element = (window as unknown as { Element: { prototype: Element } }).Element.prototype;
    element.getBoundingClientRect = function (this: Element) {
      const [left = 0, top = 0, width = 0, height = 0] = (this.getAttribute('data-box') ?? '').split(' ').map(Number);
      return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) };
    };
  }
  if (options.boxSide !== undefined || options.boxesFromDataBox) {
    // linkedom has no getClientRects: each element draws the one box it measures.
    const element = (window as unknown as { Element: { prototype: Element } }).Element.prototype;
    element.getClientRects ??= function (this: Element) {
      return [this.getBoundingClientRect()] as unknown as DOMRectList;
    };
  }
  if (options.framesAsTasks) {
    (window as unknown as { requestAnimationFrame: (callback: (time: number) => void) => number }).requestAnimationFrame = (callback) =>
      setTimeout(() => callback(performance.now()), 0) as unknown as number;
  }
  return {
    document: window.document,
    window,
    close: () => {
      delete globals.Node;
    },
  };
}
