import { SEVERITIES } from '../../core/model/finding';
import { element } from './dom';
import { type OverlayMark, severityCount } from './overlay-marks';

export interface IssuePanelActions {
  previous(): void;
  next(): void;
  close(): void;
}

/**
 * The compact panel in the page's corner: how many issues of each severity, which one is
 * current, Previous / Next to walk them, and a button that clears everything.
 */
export class IssuePanel {
  private readonly current: HTMLParagraphElement;

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
    if (unplaced > 0) counts.append(element(doc, 'li', {}, `${unplaced.toLocaleString('en-US')} not found on the page`));

    this.current = element(doc, 'p', { class: 'current', 'aria-live': 'polite' });
    this.current.textContent = marks.length === 0 ? 'No issues to show in this table.' : 'Use Next to go to the first issue.';

    const button = (label: string, accessibleName: string, action: () => void): HTMLButtonElement => {
      const created = element(doc, 'button', { type: 'button', 'aria-label': accessibleName }, label);
      created.addEventListener('click', action);
      if (marks.length === 0 && action !== actions.close) created.disabled = true;
      return created;
    };
    const heading = element(doc, 'h2', {}, 'Customs Preflight');
    const panel = element(
      doc,
      'section',
      { class: 'panel', role: 'region', 'aria-label': 'Customs Preflight: issues in this table' },
      element(doc, 'div', { class: 'head' }, heading, button('Clear', 'Clear all marks and close', actions.close)),
      counts,
      this.current,
      element(
        doc,
        'div',
        { class: 'nav' },
        button('Previous', 'Previous issue', actions.previous),
        button('Next', 'Next issue', actions.next),
      ),
    );
    root.append(panel);
  }

  /** "Issue 2 of 6 · Row 4, HTS No.: …" */
  showCurrent(index: number): void {
    const mark = this.marks[index];
    if (!mark) return;
    this.current.textContent = `Issue ${index + 1} of ${this.marks.length} · ${mark.place}: ${mark.message}`;
  }
}
