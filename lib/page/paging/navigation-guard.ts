/**
 * While a pager control is pressed, the tab must not leave the user's page. A press that follows
 * a link or submits a form is stopped by press-in-place.ts; a pager control that runs a script
 * which posts the page's form back (ASP.NET's `javascript:__doPostBack(…)`, JSF's command links)
 * starts the load later, from the script, with no event a page listener could cancel. The
 * Navigation API's `navigate` event sees it: a load of another document that a script started
 * (not the user) while the guard is up is cancelled, and told as `left`. The script set the form's
 * hidden fields before it submitted (which control was pressed): they are put back, or the next
 * post the user makes (Save) would carry our page change with it.
 *
 * Where the browser has no Navigation API, the guard sees nothing and such a press still leaves.
 */
export class NavigationGuard {
  /** A load of another document was cancelled. */
  left = false;
  private readonly hidden: { input: HTMLInputElement; value: string }[];
  private readonly navigation: Navigation | undefined;

  constructor(private readonly doc: Document) {
    // Only hidden fields: the user's own entries are not touched by a postback script, and are not ours to write.
    this.hidden = Array.from(doc.querySelectorAll<HTMLInputElement>('form input[type="hidden"]'), (input) => ({ input, value: input.value }));
    this.navigation = (doc.defaultView as (Window & { navigation?: Navigation }) | null)?.navigation;
    this.navigation?.addEventListener('navigate', this.stop);
  }

  private readonly stop = (event: NavigateEvent): void => {
    // The user's own click during a read goes where it goes (the read then ends as "the page changed").
    if (event.userInitiated || !event.cancelable || event.destination.sameDocument || event.hashChange || event.downloadRequest !== null) return;
    event.preventDefault();
    this.left = true;
    for (const { input, value } of this.hidden) if (input.isConnected && input.value !== value) input.value = value;
  };

  /** Down again: navigations pass. */
  end(): void {
    this.navigation?.removeEventListener('navigate', this.stop);
  }
}
