/**
 * Whether the page's own style sheets show or hide an element by the window's width: a responsive
 * table written without a library collapses its columns with classes of its own
 * (`.hide-on-mobile`, `.col-optional`), in a width media query. Two ways, both common:
 * - desktop first: `@media (max-width: 1200px) { .hide-on-mobile { display: none } }`, a query
 *   that holds now and undisplays the element;
 * - mobile first: `.col-optional { display: none }` and `@media (min-width: 1400px)
 *   { .col-optional { display: table-cell } }`, a query that does not hold now and would show it.
 * Either way the element's display depends on the width, which is what collapsing is. A container
 * query (`@container`) setting its display counts too. Style sheets of another origin cannot be
 * read (the browser refuses): their classes are not recognised.
 */

/** A rule setting `display` inside a width-dependent condition. */
interface WidthRule {
  /** The media query's text; null for a container query (whether it holds is not asked). */
  media: string | null;
  selector: string;
  /** The rule undisplays what it matches. */
  hides: boolean;
}

/** A condition that depends on the viewport's width. */
const WIDTH_CONDITION = /\b(?:min-|max-)?(?:device-)?width\b|\bwidth\s*[<>=]/i;

/**
 * The rules of each set of sheets, kept while the sheets are the same objects with as many rules
 * (collected once per read, not per cell; CSS-in-JS libraries add rules to one sheet as they go).
 */
const known = new WeakMap<DocumentOrShadowRoot, { sheets: CSSStyleSheet[]; sizes: number[]; rules: WidthRule[] }>();

/** The sheets that style elements under `root`, as objects (a document's, a shadow root's own and adopted ones). */
function sheetsOf(root: DocumentOrShadowRoot): CSSStyleSheet[] {
  return [...Array.from(root.styleSheets), ...(root.adoptedStyleSheets ?? [])];
}

/** The sheet's rules, or none when the browser will not show them (another origin's sheet). */
function rulesOf(sheet: CSSStyleSheet | CSSGroupingRule): CSSRule[] {
  try {
    return Array.from(sheet.cssRules);
  } catch {
    return [];
  }
}

/** How many rules the sheet has; 0 when the browser will not say. */
function ruleCount(sheet: CSSStyleSheet): number {
  try {
    return sheet.cssRules.length;
  } catch {
    return 0;
  }
}

/** The rules setting display under width conditions in `rules`, with the condition they sit in. */
function collectWidthRules(rules: readonly CSSRule[], condition: string | null | undefined, out: WidthRule[]): void {
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule) {
      const media = rule.media.mediaText;
      collectWidthRules(rulesOf(rule), WIDTH_CONDITION.test(media) ? media : condition, out);
    } else if (typeof CSSContainerRule !== 'undefined' && rule instanceof CSSContainerRule) {
      collectWidthRules(rulesOf(rule), null, out);
    } else if (rule instanceof CSSStyleRule) {
      const display = condition === undefined ? '' : rule.style.getPropertyValue('display').trim();
      if (display !== '') out.push({ media: condition!, selector: rule.selectorText, hides: display === 'none' });
      // Nested rules (CSS nesting) inherit the condition.
      if (rule.cssRules?.length) collectWidthRules(Array.from(rule.cssRules), condition, out);
    } else if (rule instanceof CSSGroupingRule) {
      // @supports, @layer: their rules keep the condition they sit in.
      collectWidthRules(rulesOf(rule), condition, out);
    }
  }
}

function widthRulesFor(root: DocumentOrShadowRoot): WidthRule[] {
  const sheets = sheetsOf(root);
  const sizes = sheets.map(ruleCount);
  const cached = known.get(root);
  if (cached && cached.sheets.length === sheets.length && sheets.every((sheet, i) => sheet === cached.sheets[i] && sizes[i] === cached.sizes[i])) return cached.rules;
  const rules: WidthRule[] = [];
  for (const sheet of sheets) collectWidthRules(rulesOf(sheet), undefined, rules);
  known.set(root, { sheets, sizes, rules });
  return rules;
}

function matchesSelector(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/**
 * The page's style sheets undisplay `element` (display: none now) because of the window's width:
 * a width query that holds now hides it, or one that does not hold now would show it.
 */
export function undisplayedByWidth(element: Element): boolean {
  const root = element.getRootNode() as Node & Partial<DocumentOrShadowRoot>;
  if (!root.styleSheets) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (const rule of widthRulesFor(root as DocumentOrShadowRoot)) {
    if (!matchesSelector(element, rule.selector)) continue;
    if (rule.media === null) return true;
    if (view.matchMedia(rule.media).matches === rule.hides) return true;
  }
  return false;
}
