import type { CellLocator } from './cell-locator';
import { documentOffset, intersectsViewport, overlapOf, type ViewportBox, viewportBox, visibleViewport } from './viewport-box';
import { element } from './dom';
import { BADGE_REACH, badgeSpot, type BadgeSpot, FAR_BADGE_REACH } from './badge-placement';
import { PageText } from './text-boxes';
import { MarkTooltip } from './mark-tooltip';
import { markSentence, type OverlayMark } from './overlay-marks';
import { SEVERITY_GLYPHS } from './overlay-styles';
import { ReadingOrderCheck, verifyReadingOrder } from './reading-order';
import type { TimeSlicer } from '../time-slices';

/** The part of a cell's box inside an area (a scrolling grid's visible rows), or null when none of it is. */
const clipped = overlapOf;

/** Whether a cell is within BUILD_SCREENS of a viewport this tall (above or below it). */
function isNear(box: ViewportBox, height: number): boolean {
  return box.top + box.height > -BUILD_SCREENS * height && box.top < (1 + BUILD_SCREENS) * height;
}

/** The outline's border width (overlay-styles.ts): badges are placed from the outline's padding box. */
const BORDER = 2;

/** One drawn mark: an outline over the cell and a badge button on its corner. */
interface MarkView {
  mark: OverlayMark;
  outline: HTMLDivElement;
  badge: HTMLButtonElement;
}

/**
 * How far from the viewport, in screens above and below, marks get their elements: a little
 * scrolling shows marks already built, and a table with thousands of findings never builds them
 * all (12,000 marks built at once held a 50,000-row page for seconds).
 */
const BUILD_SCREENS = 2;

/**
 * Past this many marks a full pass (a box read per mark) is too long for one frame: the marks
 * near the screen are found by binary search, assuming reading order, and the order is checked
 * in the background, in slices (reading-order.ts); a page found out of order gets full passes.
 */
const FULL_PASS_MARKS = 1_000;

/**
 * Outlines and badges over the marked cells. A mark gets its elements only when its cell comes
 * within BUILD_SCREENS of the viewport (then keeps them), so drawing costs what the screen shows,
 * not what the table holds. On each update the cells' boxes are all read first and the marks
 * built and moved after, so the page is laid out once per frame however many marks there are.
 * Marks whose cell is off screen are hidden, which also takes their badges out of the tab order.
 */
export class MarkLayer {
  /** Built views by mark index (a sparse array: marks far from the viewport have none yet). */
  private readonly views: (MarkView | undefined)[];
  private readonly layer: HTMLDivElement;
  private current = -1;
  /** Marks now drawn: only these need hiding when they leave the screen. */
  private shown = new Set<number>();
  /** The last full pass (or background check) found the cells top to bottom in mark order (rows in reading order). */
  private inReadingOrder = false;
  /** A background check found them out of order: only full passes are right for this page. */
  private outOfOrder = false;
  /** Stops the background check under way (a newer layout, or the overlay cleared). */
  private orderCheck: AbortController | null = null;

  constructor(
    root: ShadowRoot,
    private readonly doc: Document,
    private readonly marks: readonly OverlayMark[],
    private readonly locator: CellLocator,
    private readonly tooltip: MarkTooltip,
    private readonly onSelect: (index: number) => void,
  ) {
    this.layer = element(doc, 'div', { class: 'layer' });
    this.views = new Array<MarkView | undefined>(marks.length);
    root.append(this.layer);
  }

  /** A mark's elements, built the first time they are needed (hidden until placed). */
  private viewOf(index: number): MarkView {
    const built = this.views[index];
    if (built) return built;
    const mark = this.marks[index]!;
    const { doc, tooltip } = this;
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
    badge.addEventListener('mouseenter', show);
    badge.addEventListener('focus', show);
    badge.addEventListener('mouseleave', () => tooltip.hideSoon(badge));
    badge.addEventListener('blur', () => tooltip.hide(badge));
    badge.addEventListener('click', () => this.onSelect(index));
    if (index === this.current) outline.classList.add('current');
    // In mark order, so Tab walks the badges in reading order whenever they were built.
    let next = index + 1;
    while (next < this.views.length && !this.views[next]) next++;
    this.layer.insertBefore(outline, this.views[next]?.outline ?? null);
    const view = { mark, outline, badge };
    this.views[index] = view;
    return view;
  }

  /** How many marks have a cell in the table (on screen or not; in a scrolling grid, rendered or not), looked up in slices. */
  static async countPlaced(marks: readonly OverlayMark[], locator: CellLocator, slicer: TimeSlicer): Promise<number> {
    let placed = 0;
    for (const mark of marks) {
      await slicer.pause();
      if (locator.has(mark.row, mark.column)) placed++;
    }
    return placed;
  }

  /** Bring a mark's cell into view, scrolling a virtual grid to a row it does not render now. */
  revealCell(index: number): Promise<Element | null> {
    const mark = this.marks[index];
    return mark ? this.locator.reveal(mark.row, mark.column) : Promise.resolve(null);
  }

  /**
   * Move the marks onto their cells as the page shows them now. A full pass reads every cell's
   * box; after a scroll only (`scrolledOnly`), when the last full pass found the cells top to
   * bottom in mark order, only the marks within BUILD_SCREENS of the viewport are read: a
   * binary search finds them, so scrolling a 5,000-mark table costs a few dozen reads a frame.
   * Past FULL_PASS_MARKS marks every update does so, and the order is checked in the background.
   */
  update(scrolledOnly = false): void {
    const win = this.doc.defaultView;
    if (!win || this.marks.length === 0) return;
    const width = win.innerWidth;
    const height = win.innerHeight;
    const area = this.locator.visibleArea();
    const many = this.marks.length > FULL_PASS_MARKS && !this.outOfOrder;
    const span = (scrolledOnly && this.inReadingOrder) || many ? this.nearScreen(height) : null;
    const [first, end] = span ?? [0, this.marks.length];
    // The layout changed and the full pass was skipped: check the order again, in the background.
    if (span && many && !scrolledOnly) this.checkOrderLater();

    // All reads first, then all writes: the page is laid out once, not once per mark.
    const onScreen = new Map<number, { box: ViewportBox; badge: BadgeSpot }>();
    const near: number[] = [];
    const order = new ReadingOrderCheck();
    const screen = { left: 0, top: 0, width, height };
    /** Badges placed so far in this pass: the next ones keep clear of them too (several marks on one cell, a neighbour's badge). */
    const badges: ViewportBox[] = [];
    const frames = new Map<Document, { offset: { dx: number; dy: number }; bounds: ViewportBox | null }>();
    const text = new PageText();
    for (let index = first; index < end; index++) {
      const cell = this.cellOf(index);
      const box = cell ? viewportBox(cell) : null;
      if (!span) order.add(this.marks[index]!.row, box);
      if (!cell || !box) continue;
      if (!this.views[index] && isNear(box, height)) near.push(index);
      const shown = area ? clipped(box, area) : box;
      if (!shown || !intersectsViewport(shown, width, height)) continue;
      let frame = frames.get(cell.ownerDocument);
      if (!frame) {
        const inDocument = visibleViewport(cell.ownerDocument);
        const bounds = inDocument && clipped(inDocument, area ? (clipped(area, screen) ?? screen) : screen);
        frame = { offset: documentOffset(cell.ownerDocument), bounds };
        frames.set(cell.ownerDocument, frame);
      }
      const badge = this.badgeFor(cell, shown, frame, text, badges);
      badges.push({ left: badge.left, top: badge.top, width: badge.size, height: badge.size });
      onScreen.set(index, { box: shown, badge });
    }
    if (!span) this.inReadingOrder = order.holds;

    for (const index of near) this.viewOf(index);
    for (const index of this.shown) if (!onScreen.has(index)) this.views[index]!.outline.hidden = true;
    for (const [index, { box, badge }] of onScreen) this.place(this.viewOf(index), box, badge);
    this.shown = new Set(onScreen.keys());
    this.tooltip.follow();
  }

  /**
   * Where a mark's badge goes, clear of the text in and around its cell (badge-placement.ts).
   * Found again on every update, scrolls too: a sticky header or a frozen column slides over
   * the cells as the page scrolls, so a spot found before may lie on text now.
   */
  private badgeFor(
    cell: Element,
    shown: ViewportBox,
    frame: { offset: { dx: number; dy: number }; bounds: ViewportBox | null },
    text: PageText,
    placed: readonly ViewportBox[],
  ): BadgeSpot {
    const bounds = frame.bounds ?? shown;
    const { dx, dy } = frame.offset;
    const end = cell.ownerDocument.defaultView?.getComputedStyle(cell).direction === 'rtl' ? 'left' : 'right';
    const spotWithin = (reach: number): BadgeSpot => {
      const lines = text.around(cell, reach).map((line) => ({ ...line, left: line.left + dx, top: line.top + dy }));
      return badgeSpot({ cell: shown, obstacles: [...lines, ...placed], bounds, end, reach });
    };
    // Most cells have room next to them; only those that do not pay for looking farther.
    const spot = spotWithin(BADGE_REACH);
    if (spot.clear) return spot;
    const far = spotWithin(FAR_BADGE_REACH);
    return far.clear ? far : spot;
  }

  /** Stop the background work (the overlay is going). */
  dispose(): void {
    this.orderCheck?.abort();
  }

  private checkOrderLater(): void {
    this.orderCheck?.abort();
    const check = (this.orderCheck = new AbortController());
    const rowOf = (index: number): number => this.marks[index]!.row;
    void verifyReadingOrder(this.marks.length, rowOf, (index) => this.boxOf(index), check.signal).then((holds) => {
      if (holds === null || check.signal.aborted) return;
      this.inReadingOrder = holds;
      if (holds) return;
      // Out of order (rows moved by CSS, a grid placing its rows itself): draw from full passes from now on.
      this.outOfOrder = true;
      this.update();
    });
  }

  /** Where a mark's cell is on screen now, or null. */
  boxOfMark(index: number): ViewportBox | null {
    return this.marks[index] ? this.boxOf(index) : null;
  }

  private cellOf(index: number): Element | null {
    const mark = this.marks[index]!;
    return this.locator.element(mark.row, mark.column);
  }

  private boxOf(index: number): ViewportBox | null {
    const cell = this.cellOf(index);
    return cell ? viewportBox(cell) : null;
  }

  /**
   * The marks whose cells start from BUILD_SCREENS above the viewport to BUILD_SCREENS below it, found by
   * binary search over marks in reading order; null when a probed cell has no box (then a full
   * pass runs).
   */
  private nearScreen(height: number): [number, number] | null {
    let unknown = false;
    const topOf = (index: number): number => {
      const box = this.boxOf(index);
      if (!box) unknown = true;
      return box?.top ?? 0;
    };
    const firstAtOrBelow = (y: number): number => {
      let low = 0;
      let high = this.marks.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (topOf(middle) < y) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    const first = firstAtOrBelow(-BUILD_SCREENS * height);
    const end = firstAtOrBelow((1 + BUILD_SCREENS) * height);
    return unknown ? null : [first, end];
  }

  private place(view: MarkView, box: ViewportBox, badge: BadgeSpot): void {
    // Stacked marks sit a little inside, so every colour of a busy cell shows.
    const inset = view.mark.stack * 3;
    const outlineLeft = Math.round(box.left + inset);
    const outlineTop = Math.round(box.top + inset);
    const badgeStyle = view.badge.style;
    // The badge is drawn where it was placed, to the pixel: relative to the outline's padding box.
    const badgeLeft = `${badge.left - outlineLeft - BORDER}px`;
    const badgeTop = `${badge.top - outlineTop - BORDER}px`;
    const badgeSize = `${badge.size}px`;
    if (badgeStyle.left !== badgeLeft) badgeStyle.left = badgeLeft;
    if (badgeStyle.top !== badgeTop) badgeStyle.top = badgeTop;
    if (badgeStyle.getPropertyValue('--badge-size') !== badgeSize) badgeStyle.setProperty('--badge-size', badgeSize);
    const transform = `translate(${outlineLeft}px, ${outlineTop}px)`;
    const width = `${Math.max(Math.round(box.width - 2 * inset), 4)}px`;
    const height = `${Math.max(Math.round(box.height - 2 * inset), 4)}px`;
    // Only what changed is written: a scroll moves marks, it rarely resizes them.
    const style = view.outline.style;
    if (style.transform !== transform) style.transform = transform;
    if (style.width !== width) style.width = width;
    if (style.height !== height) style.height = height;
    if (view.outline.hidden) view.outline.hidden = false;
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
