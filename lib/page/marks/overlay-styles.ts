import { SEVERITIES, type Severity } from '../../core/model/finding';

/** Severity colours: red, amber, blue, each dark enough for white text on it (WCAG AA, 4.5:1). */
export const SEVERITY_COLOURS: Record<Severity, string> = {
  error: '#c62828',
  warning: '#a15c00',
  info: '#1d4ed8',
};

/** Glyphs on the badges, so severity does not rest on colour alone. */
export const SEVERITY_GLYPHS: Record<Severity, string> = {
  error: '✕',
  warning: '!',
  info: 'i',
};

export const SEVERITY_WORDS: Record<Severity, { one: string; many: string }> = {
  error: { one: 'error', many: 'errors' },
  warning: { one: 'warning', many: 'warnings' },
  info: { one: 'note', many: 'notes' },
};

/**
 * Generic families only. A page's @font-face rules apply inside the shadow root too: a page that
 * declared a face named like one the overlay asks for ('Segoe UI', -apple-system), split by
 * unicode-range, would learn from the font files the browser fetches which characters the panel
 * and tooltips show. Generic family keywords cannot be redefined by @font-face.
 */
const FONT_FAMILIES = 'system-ui, sans-serif';

/**
 * The overlay's style sheet. `:host` rules marked !important win over any page rule aimed at the
 * host element (the cascade gives a shadow tree's important declarations precedence), so a page
 * cannot hide or restyle the overlay by accident. Sizes are in px so they follow browser zoom,
 * and boxes are capped by the viewport so the panel stays usable at 200%.
 */
export const OVERLAY_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  left: 0 !important;
  top: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
/* One layer over the viewport, clipped to it, holds every mark: a mark's transform is its
   cell's position in the viewport, and nothing a mark does can widen the page. */
/* overflow: clip, not hidden: a box with overflow hidden can still be scrolled, and focusing a
   badge near the edge (Tab) would scroll the whole layer, shifting every mark off its cell. */
.layer { position: fixed; left: 0; top: 0; width: 100vw; height: 100vh; overflow: clip; pointer-events: none; contain: strict; z-index: 1; }
.mark {
  position: absolute;
  left: 0;
  top: 0;
  border: 2px solid var(--severity);
  border-radius: 2px;
  box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.9);
  pointer-events: none;
}
.mark.current { border-width: 3px; box-shadow: 0 0 0 2px #fff, 0 0 0 5px var(--severity); }
/* Placed by mark-layer.ts (badge-placement.ts) where it covers no text, at a size it chose
   (--badge-size: full, or compact where the text leaves less room); the glyph scales with it. */
.badge {
  position: absolute;
  left: 0;
  top: 0;
  width: var(--badge-size, 22px);
  height: var(--badge-size, 22px);
  padding: 0;
  border: 1px solid #fff;
  border-radius: 50%;
  background: var(--severity);
  color: #fff;
  font: 700 calc(var(--badge-size, 22px) * 0.4 + 3.2px)/calc(var(--badge-size, 22px) - 2px) ${FONT_FAMILIES};
  text-align: center;
  cursor: help;
  pointer-events: auto;
}
/* The current mark's border is 1px wider: the badge keeps its spot (it is placed from a 2px border). */
.mark.current .badge { margin: -1px 0 0 -1px; }
.badge:focus { outline: none; }
.badge:focus-visible, .badge:hover { outline: 3px solid #111; outline-offset: 1px; box-shadow: 0 0 0 5px #fff; }
/* Above every other part of the overlay: marks, badges and the panel. */
.tooltip {
  z-index: 3;
  position: fixed;
  left: 0;
  top: 0;
  max-width: min(360px, calc(100vw - 16px));
  padding: 8px 10px;
  border-radius: 6px;
  background: #1f2937;
  color: #fff;
  font: 13px/1.45 ${FONT_FAMILIES};
  overflow-wrap: anywhere;
  white-space: normal;
  pointer-events: auto;
  user-select: text;
  box-shadow: 0 4px 14px rgba(0, 0, 0, 0.3);
}
.tooltip .title { font-weight: 700; }
.tooltip .fix { margin-top: 4px; }
.panel {
  z-index: 2;
  position: fixed;
  right: 12px;
  bottom: 12px;
  width: 340px;
  max-width: calc(100vw - 24px);
  max-height: calc(100vh - 24px);
  overflow: auto;
  padding: 10px 12px;
  border: 1px solid #9ca3af;
  border-radius: 8px;
  background: #fff;
  color: #111827;
  font: 14px/1.45 ${FONT_FAMILIES};
  box-shadow: 0 4px 18px rgba(0, 0, 0, 0.25);
  pointer-events: auto;
}
.panel[data-corner="bottom-left"] { right: auto; left: 12px; }
.panel[data-corner="top-left"] { right: auto; bottom: auto; left: 12px; top: 12px; }
.panel[data-corner="top-right"] { bottom: auto; top: 12px; }
.panel.collapsed { width: auto; }
.panel.collapsed .body { display: none; }
.panel .tools { display: flex; gap: 6px; }
.panel button.tool { min-width: 32px; padding: 4px 8px; }
.panel h2 { margin: 0; font-size: 15px; font-weight: 700; }
.panel .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; justify-content: space-between; }
.panel .counts { margin: 6px 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 4px 12px; }
.panel .count::before {
  content: '';
  display: inline-block;
  width: 10px;
  height: 10px;
  margin-right: 5px;
  border-radius: 50%;
  background: var(--severity);
}
.panel .current { margin: 6px 0; overflow-wrap: anywhere; }
.panel .nav { display: flex; flex-wrap: wrap; gap: 8px; }
.panel button {
  min-height: 32px;
  padding: 4px 12px;
  border: 1px solid #4b5563;
  border-radius: 6px;
  background: #f3f4f6;
  color: #111827;
  font: inherit;
  cursor: pointer;
}
.panel button:hover { background: #e5e7eb; }
.panel button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.panel button:disabled { color: #6b7280; cursor: default; }
${SEVERITIES.map((severity) => `[data-severity="${severity}"] { --severity: ${SEVERITY_COLOURS[severity]}; }`).join('\n')}
`;
