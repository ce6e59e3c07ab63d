import { element } from './dom';
import type { OverlayMark } from './overlay-marks';
import { SEVERITY_WORDS } from './overlay-styles';

/** Gap between a badge and its tooltip, and between the tooltip and the viewport's edge. */
const GAP = 6;
const EDGE = 8;
/** Time to move the pointer from a badge onto its tooltip before the tooltip goes. */
const HOVER_GRACE_MS = 300;

/**
 * The one tooltip the overlay has: the message and the suggested fix of the badge under the
 * pointer or with focus. Badges point to it with aria-describedby, so screen readers read it too.
 * As WCAG 1.4.13 asks of content shown on hover or focus, it stays while the pointer is on it
 * (to select or read a long message) and Escape dismisses it.
 */
export class MarkTooltip {
  static readonly ID = 'customs-preflight-tooltip';
  private readonly box: HTMLDivElement;
  private anchor: HTMLElement | null = null;
  private hideTimer = 0;
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.hide();
  };

  constructor(
    root: ShadowRoot,
    private readonly doc: Document,
  ) {
    this.box = element(doc, 'div', { class: 'tooltip', id: MarkTooltip.ID, role: 'tooltip', hidden: '' });
    this.box.addEventListener('mouseenter', () => this.keep());
    this.box.addEventListener('mouseleave', () => this.hideSoon());
    root.append(this.box);
  }

  show(mark: OverlayMark, anchor: HTMLElement): void {
    const words = SEVERITY_WORDS[mark.severity].one;
    const parts: Node[] = [
      element(this.doc, 'div', { class: 'title' }, `${words[0]!.toUpperCase()}${words.slice(1)} · ${mark.place}`),
      element(this.doc, 'div', { class: 'message' }, mark.message),
    ];
    if (mark.fix) parts.push(element(this.doc, 'div', { class: 'fix' }, `Fix: ${mark.fix}`));
    parts.push(element(this.doc, 'div', { class: 'rule' }, `Rule: ${mark.ruleId}`));
    this.keep();
    this.box.replaceChildren(...parts);
    this.box.dataset.severity = mark.severity;
    this.box.hidden = false;
    this.anchor = anchor;
    this.doc.defaultView?.addEventListener('keydown', this.onKey, true);
    this.follow();
  }

  /** Hide, unless another badge took the tooltip meanwhile (`anchor` is the badge that lost hover or focus). */
  hide(anchor?: HTMLElement): void {
    if (anchor && anchor !== this.anchor) return;
    this.keep();
    this.box.hidden = true;
    this.anchor = null;
    this.doc.defaultView?.removeEventListener('keydown', this.onKey, true);
  }

  /** Hide after a moment, so the pointer can reach the tooltip; the badge keeps it while it has focus. */
  hideSoon(anchor?: HTMLElement): void {
    if (!this.anchor || (anchor && anchor !== this.anchor) || this.anchor.matches(':focus')) return;
    this.keep();
    this.hideTimer = this.doc.defaultView?.setTimeout(() => this.hide(), HOVER_GRACE_MS) ?? 0;
  }

  private keep(): void {
    if (this.hideTimer) this.doc.defaultView?.clearTimeout(this.hideTimer);
    this.hideTimer = 0;
  }

  /** Keep the tooltip beside its badge as the page moves; below it, or above when there is no room. */
  follow(): void {
    if (!this.anchor) return;
    if (this.anchor.closest('[hidden]')) {
      this.hide();
      return;
    }
    const view = this.doc.defaultView;
    if (!view) return;
    const badge = this.anchor.getBoundingClientRect();
    const { width, height } = this.box.getBoundingClientRect();
    const left = Math.max(EDGE, Math.min(badge.left, view.innerWidth - width - EDGE));
    const below = badge.bottom + GAP;
    const top = below + height <= view.innerHeight - EDGE ? below : Math.max(EDGE, badge.top - GAP - height);
    this.box.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}
