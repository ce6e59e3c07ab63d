/*
 * What a hostile page does, in its own JavaScript world, to get at an extension's overlay. Runs
 * before anything else on hostile-page.html. Everything it manages to read, forge or intercept
 * goes into window.hostileReport; the browser test asserts that stays empty of the overlay.
 *
 *  1. Custom elements under every name an overlay might use: their constructors would run on the
 *     extension's element, take its "closed" shadow root through attachInternals(), or attach a
 *     shadow root first so the extension's attachShadow throws.
 *  2. Overrides of attachShadow, attachInternals, customElements.define, createElement and the
 *     DOM insertion methods on the prototypes, forcing shadow roots open and recording calls.
 *  3. A shadow root attached to <body> before the extension comes (with a slot, so the page
 *     still shows), and a watcher that tries every way in on each element added to the page.
 *  4. Listeners that look inside every event's composed path, and at the selection.
 *  5. Font faces that would report which characters the overlay draws (see the <style>).
 */
(function () {
  const report = (window.hostileReport = {
    armed: false,
    /** Text from inside something the page did not make itself. */
    leaks: [],
    /** Calls the page's overrides saw after the page finished building itself. */
    calls: [],
    /** Custom elements of the page that were constructed (the page never constructs one itself). */
    constructed: [],
    /** What the watcher tried on added elements, and how each attempt ended. */
    probes: [],
  });
  const own = new WeakSet();
  const FORGED = 'No issues found';
  const note = (kind, detail) => {
    if (report.armed) report.calls.push(`${kind}: ${detail}`);
  };
  const readRoot = (where, root) => {
    if (!root || own.has(root)) return;
    const text = root.textContent || '';
    report.leaks.push(`${where}: ${text.slice(0, 200)}`);
    try {
      root.append(FORGED);
    } catch (error) {
      report.probes.push(`forge into ${where}: ${error.name}`);
    }
  };

  // 2. Prototype overrides (installed first, so the page's own calls below go through them too).
  const realAttachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    note('attachShadow', this.localName);
    const root = realAttachShadow.call(this, { ...init, mode: 'open' });
    setTimeout(() => readRoot(`attachShadow on ${this.localName}`, root), 50);
    return root;
  };
  const realAttachInternals = HTMLElement.prototype.attachInternals;
  HTMLElement.prototype.attachInternals = function () {
    note('attachInternals', this.localName);
    return realAttachInternals.call(this);
  };
  const realDefine = CustomElementRegistry.prototype.define;
  CustomElementRegistry.prototype.define = function (name, ...rest) {
    note('customElements.define', name);
    return realDefine.call(this, name, ...rest);
  };
  const realCreateElement = Document.prototype.createElement;
  Document.prototype.createElement = function (name, ...rest) {
    note('createElement', name);
    return realCreateElement.call(this, name, ...rest);
  };
  for (const [proto, method] of [[Node.prototype, 'appendChild'], [Node.prototype, 'insertBefore'], [Element.prototype, 'append'], [Element.prototype, 'prepend'], [Element.prototype, 'replaceChildren']]) {
    const real = proto[method];
    proto[method] = function (...args) {
      note(method, args.map((arg) => (arg && arg.nodeType === 1 ? arg.localName : typeof arg)).join(','));
      return real.apply(this, args);
    };
  }

  // 1. Custom elements under the names an overlay might use, and a customized <div>.
  const NAMES = ['customs-preflight-overlay', 'customs-preflight', 'customs-preflight-marks', 'customs-preflight-panel', 'customs-preflight-tooltip', 'preflight-overlay', 'cp-overlay', 'wxt-shadow-root', 'extension-overlay', 'shadow-host'];
  for (const name of NAMES) {
    customElements.define(
      name,
      class extends HTMLElement {
        constructor() {
          super();
          report.constructed.push(name);
          let internals = null;
          try {
            internals = realAttachInternals.call(this);
          } catch (error) {
            report.probes.push(`internals of ${name}: ${error.name}`);
          }
          // Read whatever the creator puts into "its" shadow root a moment later.
          setTimeout(() => readRoot(`internals of ${name}`, internals && internals.shadowRoot), 50);
          setTimeout(() => readRoot(`internals of ${name} (later)`, internals && internals.shadowRoot), 1500);
        }
      },
    );
  }
  customElements.define('hostile-div', class extends HTMLDivElement {
    constructor() {
      super();
      report.constructed.push('hostile-div');
    }
  }, { extends: 'div' });
  customElements.define('hostile-section', class extends HTMLElement {
    constructor() {
      super();
      report.constructed.push('hostile-section');
    }
  }, { extends: 'section' });

  // 3. A shadow root of the page's own on <body>, and a watcher that tries each added element.
  document.addEventListener('DOMContentLoaded', () => {
    const bodyRoot = realAttachShadow.call(document.body, { mode: 'open' });
    own.add(bodyRoot);
    bodyRoot.append(realCreateElement.call(document, 'slot'));
  });
  const probe = (element) => {
    if (!report.armed || !(element instanceof Element)) return;
    const name = element.localName;
    try {
      if (element.shadowRoot && !own.has(element.shadowRoot)) readRoot(`shadowRoot of ${name}`, element.shadowRoot);
    } catch (error) {
      report.probes.push(`shadowRoot of ${name}: ${error.name}`);
    }
    try {
      const root = realAttachShadow.call(element, { mode: 'open' });
      own.add(root);
      root.append(FORGED);
      report.probes.push(`attached a shadow root to ${name}`);
    } catch (error) {
      report.probes.push(`attachShadow on ${name}: ${error.name}`);
    }
    try {
      const internals = realAttachInternals.call(element);
      readRoot(`internals of added ${name}`, internals.shadowRoot);
    } catch (error) {
      report.probes.push(`attachInternals on ${name}: ${error.name}`);
    }
    try {
      element.setAttribute('is', 'hostile-div');
      element.textContent = FORGED;
    } catch (error) {
      report.probes.push(`rewrite ${name}: ${error.name}`);
    }
  };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) probe(node);
  }).observe(document.documentElement, { childList: true, subtree: true });

  // 4. Events and selection: does anything from inside a closed shadow root show through?
  const insideOf = (node) => node && node.nodeType === 1 && node.getRootNode() instanceof ShadowRoot && !own.has(node.getRootNode());
  for (const type of ['focusin', 'focusout', 'keydown', 'keyup', 'click', 'pointerdown', 'pointerover', 'mouseover', 'copy', 'input']) {
    addEventListener(
      type,
      (event) => {
        for (const target of event.composedPath()) if (insideOf(target)) report.leaks.push(`${type} event path: ${(target.textContent || '').slice(0, 200)}`);
        if (insideOf(event.target)) report.leaks.push(`${type} target: ${event.target.textContent}`);
      },
      true,
    );
  }
  document.addEventListener('selectionchange', () => {
    const selection = getSelection();
    if (selection && selection.anchorNode && insideOf(selection.anchorNode.nodeType === 1 ? selection.anchorNode : selection.anchorNode.parentNode)) {
      report.leaks.push(`selection: ${selection.toString().slice(0, 200)}`);
    }
  });

  // 5. A font face the page never uses that starts loading means someone drew text in it.
  document.fonts.addEventListener('loading', (event) => {
    for (const face of event.fontfaces) report.leaks.push(`font loaded: ${face.family}`);
  });
})();
