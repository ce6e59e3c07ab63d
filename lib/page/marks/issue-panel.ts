import { SEVERITIES } from '../../core/model/finding';
import { element } from './dom';
import { type OverlayMark, severityCount } from './overlay-marks';
import { groupedCount } from '../../core/report/wording';

export interface IssuePanelActions {
  previous(): void;
  next(): void;
  close(): void;
}

/** The corners the panel can sit in, in the order the Move button walks them. */
const CORNERS = ['bottom-right', 'bottom-left', 'top-left', 'top-right'] as const;
type Corner = (typeof CORNERS)[number];

/**
 * The compact panel in the page's corner: how many issues of each severity, which one is
 * current, Previous / Next to walk them, and a button that clears everything. It must never be
 * what hides the rows a filer is fixing: it collapses to its title bar, moves to another corner,
 * and moves by itself when the current issue's cell lies under it.
 */
export class IssuePanel {
  private readonly current: HTMLParagraphElement;
  private readonly section: HTMLElement;
  private readonly collapseButton: HTMLButtonElement;
  private corner: Corner = 'bottom-right';

  constructor(
    root: ShadowRoot,
    doc: Document,
    private readonly marks: readonly OverlayMark[],
    unplaced: number,
    actions: IssuePanelActions,
  ) {
    const counts = element(doc, 'ul', { class: 'counts', 'aria-label': 'Issues by severity' });
    for (const severity of SEVERITIES) {
      const count = marks.filter((mark) => mark.severity === severity).length;
      counts.append(element(doc, 'li', { class: 'count', 'data-severity': severity }, severityCount(severity, count)));
    }
    if (unplaced > 0) counts.append(element(doc, 'li', {}, `${groupedCount(unplaced)} not found on the page`));

    this.current = element(doc, 'p', { class: 'current', 'aria-live': 'polite' });
    this.current.textContent = marks.length === 0 ? 'No issues to show in this table.' : 'Use Next to go to the first issue.';

    const button = (label: string, accessibleName: string, action: () => void): HTMLButtonElement => {
      const created = element(doc, 'button', { type: 'button', 'aria-label': accessibleName }, label);
      created.addEventListener('click', action);
      if (marks.length === 0 && action !== actions.close) created.disabled = true;
      return created;
    };
    const heading = element(doc, 'h2', {}, 'Customs Preflight');
    const body = element(
      doc,
      'div',
      { class: 'body', id: 'customs-preflight-panel-body' },
      counts,
      this.current,
      element(doc, 'div', { class: 'nav' }, button('Previous', 'Previous issue', actions.previous), button('Next', 'Next issue', actions.next)),
    );
    const move = element(doc, 'button', { type: 'button', class: 'tool', 'aria-label': 'Move the issue panel to the next corner', title: 'Move to the next corner' }, '⤢');
    move.addEventListener('click', () => this.moveTo(CORNERS[(CORNERS.indexOf(this.corner) + 1) % CORNERS.length]!));
    this.collapseButton = element(
      doc,
      'button',
      { type: 'button', class: 'tool', 'aria-label': 'Issue details', 'aria-expanded': 'true', 'aria-controls': 'customs-preflight-panel-body', title: 'Collapse' },
      '–',
    );
    this.collapseButton.addEventListener('click', () => this.collapse(this.collapseButton.getAttribute('aria-expanded') === 'true'));
    this.section = element(
      doc,
      'section',
      { class: 'panel', role: 'region', 'aria-label': 'Customs Preflight: issues in this table', 'data-corner': this.corner },
      element(doc, 'div', { class: 'head' }, heading, element(doc, 'div', { class: 'tools' }, move, this.collapseButton, button('Clear', 'Clear all marks and close', actions.close))),
      body,
    );
    root.append(this.section);
  }

  /** Fold the panel to its title bar (counts, current issue and Previous / Next hidden), or unfold it. */
  collapse(collapsed: boolean): void {
    this.section.classList.toggle('collapsed', collapsed);
    this.collapseButton.setAttribute('aria-expanded', String(!collapsed));
    this.collapseButton.textContent = collapsed ? '+' : '–';
    this.collapseButton.title = collapsed ? 'Expand' : 'Collapse';
  }

  moveTo(corner: Corner): void {
    this.corner = corner;
    this.section.dataset.corner = corner;
  }

  /**
   * When a cell (in viewport coordinates) lies under the panel, move the panel to the first
   * corner where it does not; where no corner is clear (a small window), fold it to its title
   * bar first.
   */
  avoid(cell: { left: number; top: number; width: number; height: number }): void {
    const view = this.section.ownerDocument.defaultView;
    if (!view) return;
    const under = (left: number, top: number, width: number, height: number) =>
      cell.left < left + width && left < cell.left + cell.width && cell.top < top + height && top < cell.top + cell.height;
    const clearCorner = (panel: DOMRect): Corner | undefined => {
      const margin = { x: view.innerWidth - panel.right, y: view.innerHeight - panel.bottom };
      if (this.corner.endsWith('left')) margin.x = panel.left;
      if (this.corner.startsWith('top')) margin.y = panel.top;
      const spots: Record<Corner, [number, number]> = {
        'bottom-right': [view.innerWidth - margin.x - panel.width, view.innerHeight - margin.y - panel.height],
        'bottom-left': [margin.x, view.innerHeight - margin.y - panel.height],
        'top-left': [margin.x, margin.y],
        'top-right': [view.innerWidth - margin.x - panel.width, margin.y],
      };
      return CORNERS.find((corner) => !under(...spots[corner], panel.width, panel.height));
    };
    let panel = this.section.getBoundingClientRect();
    if (!under(panel.left, panel.top, panel.width, panel.height)) return;
    let corner = clearCorner(panel);
    if (!corner) {
      this.collapse(true);
      panel = this.section.getBoundingClientRect();
      corner = clearCorner(panel);
    }
    if (corner) this.moveTo(corner);
  }

  /** "Issue 2 of 6 · Row 4, HTS No.: …" */
  showCurrent(index: number): void {
    const mark = this.marks[index];
    if (!mark) return;
    this.current.textContent = `Issue ${index + 1} of ${this.marks.length} · ${mark.place}: ${mark.message}`;
  }
}
