import { render } from 'preact';
import { PopupApp } from './PopupApp';

/** Draw the popup's interface into `root` (loaded after the first scan was asked for: entrypoints/popup/main.tsx). */
export function mountPopup(root: HTMLElement): void {
  render(<PopupApp />, root);
}
