import type { CellLocator } from '../../lib/page/cell-locator';
import { intersectsViewport, type ViewportBox, viewportBox } from '../../lib/page/viewport-box';
import { element } from './dom';
import { MarkTooltip } from './mark-tooltip';
import { markSentence, type OverlayMark } from './overlay-marks';
import { SEVERITY_GLYPHS } from './overlay-styles';

/** One drawn mark: an outline over the cell and a badge button on its corner. */
interface MarkView {
  mark: OverlayMark;
  outline: HTMLDivElement;
  badge: HTMLButtonElement;
}

/**
 * Outlines and badges over the marked cells. Every mark gets its elements once; on each update
 * the cells' boxes are all read first and the marks all moved after, so the page is laid out
 * once per frame however many marks there are. Marks whose cell is off screen are hidden,
 * which also takes their badges out of the tab order.
 */
export class MarkLayer {
  private readonly views: MarkView[];
  private current = -1;

  constructor(
    root: ShadowRoot,
    doc: Document,
    marks: readonly OverlayMark[],
    private readonly locator: CellLocator,
    private readonly tooltip: MarkTooltip,
    onSelect: (index: number) => void,
  ) {
    const layer = element(doc, 'div', { class: 'layer' });
    this.views = marks.map((mark, index) => {
      const badge = element(
        doc,
        'button',
        { type: 'button', class: 'badge', 'aria-label': markSentence(mark), 'aria-describedby': MarkTooltip.ID },
        SEVERITY_GLYPHS[mark.severity],
      );
      const outline = element(doc, 'div', { class: 'mark', 'data-severity': mark.severity, 'data-row': String(mark.row), hidden: '' }, badge);
      if (mark.column !== null) outline.dataset.column = String(mark.column);
      if (mark.stack > 0) outline.style.setProperty('--stack', String(mark.stack));
      const show = (): void => tooltip.show(mark, badge);
      const hide = (): void => tooltip.hide(badge);
      badge.addEventListener('mouseenter', show);
      badge.addEventListener('focus', show);
      badge.addEventListener('mouseleave', hide);
      badge.addEventListener('blur', hide);
      badge.addEventListener('click', () => onSelect(index));
      badge.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') hide();
      });
      layer.append(outline);
      return { mark, outline, badge };
    });
    root.append(layer);
  }

  get count(): number {
    return this.views.length;
  }

  /** Marks whose cell is on the page now (on screen or not). */
  placedCount(): number {
    return this.views.filter((view) => this.locator.element(view.mark.row, view.mark.column) !== null).length;
  }

  /** The element a mark is drawn over, for scrolling it into view. */
  cellOf(index: number): Element | null {
    const view = this.views[index];
    return view ? this.locator.element(view.mark.row, view.mark.column) : null;
  }

  /** Move every mark onto its cell as the page shows it now. */
  update(): void {
    const view = this.views[0]?.outline.ownerDocument.defaultView;
    if (!view) return;
    const width = view.innerWidth;
    const height = view.innerHeight;
    const boxes: (ViewportBox | null)[] = this.views.map((markView) => {
      const cell = this.locator.element(markView.mark.row, markView.mark.column);
      const box = cell ? viewportBox(cell) : null;
      return box && intersectsViewport(box, width, height) ? box : null;
    });
    this.views.forEach((markView, index) => {
      const box = boxes[index];
      if (!box) {
        if (!markView.outline.hidden) markView.outline.hidden = true;
        return;
      }
      // Whole-row marks and stacked marks sit a little inside, so every colour of a busy cell shows.
      const inset = markView.mark.stack * 3;
      const style = markView.outline.style;
      style.transform = `translate(${Math.round(box.left + inset)}px, ${Math.round(box.top + inset)}px)`;
      style.width = `${Math.max(Math.round(box.width - 2 * inset), 4)}px`;
      style.height = `${Math.max(Math.round(box.height - 2 * inset), 4)}px`;
      if (markView.outline.hidden) markView.outline.hidden = false;
    });
    this.tooltip.follow();
  }

  /** Highlight one mark as the current one and give its badge focus (when its cell is on screen). */
  select(index: number): void {
    this.views[this.current]?.outline.classList.remove('current');
    this.current = index;
    const markView = this.views[index];
    if (!markView) return;
    markView.outline.classList.add('current');
    if (!markView.outline.hidden) markView.badge.focus({ preventScroll: true });
  }
}
