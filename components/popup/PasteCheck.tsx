import { useRef, useState } from 'preact/hooks';
import type { ScanInfo } from '../../lib/extension/storage';
import { openExtensionPage } from '../../lib/extension/browser/page-tab';
import { checkCatalogFile } from '../../lib/extension/browser/worker-client';
import { plural } from '../../lib/core/report/wording';
import { useStoredReport } from '../shared/use-stored-report';
import { ScanVerdict } from './ScanVerdict';
import { SafeText } from '../shared/SafeText';

/** How a pasted check is named among the scans (the copied cells are tab-separated text with a header row). */
const PASTED_NAME = 'Pasted cells.tsv';
/** The browser may ask the user before the popup reads the clipboard: meanwhile the paste box is offered. */
const CLIPBOARD_WAIT_MS = 1_500;

type PasteState =
  | { step: 'idle' }
  | { step: 'waiting' }
  | { step: 'checking' }
  | { step: 'done'; scan: ScanInfo }
  | { step: 'failed'; message: string };

/**
 * "Paste from clipboard": for pages that draw their cells on a canvas (Google Sheets, Excel for
 * the web, Glide), where nothing can be read from the page. The user copies the cells with their
 * header row; spreadsheets put them on the clipboard as tab-separated text, which is checked like
 * a file (the delimiter is sniffed). Reading the clipboard needs no permission when the user
 * pastes (Ctrl+V) into the box; the button tries the clipboard directly first.
 */
export function PasteCheck() {
  const [state, setState] = useState<PasteState>({ step: 'idle' });
  /** The paste box is up while the browser may still hand over the clipboard (the user allowing it late). */
  const awaitingClipboard = useRef(false);

  const check = async (text: string): Promise<void> => {
    if (text.trim() === '') {
      setState({ step: 'failed', message: 'The clipboard holds no cells. Select the cells with their header row, copy them, and paste again.' });
      return;
    }
    setState({ step: 'checking' });
    try {
      const scan = await checkCatalogFile({ name: PASTED_NAME, bytes: new TextEncoder().encode(text) });
      setState({ step: 'done', scan });
    } catch (error) {
      setState({ step: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const paste = async (): Promise<void> => {
    let answered = false;
    const read = navigator.clipboard.readText().then(
      (text) => {
        answered = true;
        if (awaitingClipboard.current && text.trim() !== '') {
          awaitingClipboard.current = false;
          void check(text);
        }
        return text;
      },
      // The browser did not let the popup read the clipboard on its own: the user pastes instead.
      () => ((answered = true), ''),
    );
    const text = await Promise.race([read, new Promise<string>((resolve) => setTimeout(() => resolve(''), CLIPBOARD_WAIT_MS))]);
    if (answered && text.trim() !== '') return check(text);
    awaitingClipboard.current = true;
    setState({ step: 'waiting' });
  };

  switch (state.step) {
    case 'idle':
      return (
        <div class="actions">
          <button type="button" onClick={() => void paste()}>
            Paste from clipboard
          </button>
        </div>
      );
    case 'waiting':
      return (
        <label class="paste-box">
          Press Ctrl+V (⌘V on a Mac) here to paste the copied cells
          <textarea
            rows={3}
            autoFocus
            onPaste={(event) => {
              event.preventDefault();
              awaitingClipboard.current = false;
              void check(event.clipboardData?.getData('text/plain') ?? '');
            }}
          />
        </label>
      );
    case 'checking':
      return <p>Checking the pasted cells…</p>;
    case 'failed':
      return (
        <>
          <p role="alert" class="error">
            <SafeText text={state.message} />
          </p>
          <div class="actions">
            <button type="button" onClick={() => setState({ step: 'waiting' })}>
              Paste again
            </button>
          </div>
        </>
      );
    case 'done':
      return (
        <>
          <p class="rows-checked">{plural(state.scan.rowCount, 'pasted row', 'pasted rows')} checked</p>
          <PastedVerdict scanId={state.scan.id} />
          <div class="actions">
            <button type="button" onClick={() => void openExtensionPage(`/results.html?scan=${state.scan.id}`)}>
              Open results
            </button>
          </div>
        </>
      );
  }
}

/** The same verdict as a page scan's, from the pasted scan's stored report. */
function PastedVerdict({ scanId }: { scanId: string }) {
  const report = useStoredReport(scanId);
  return report ? <ScanVerdict findings={report.findings} rowCount={report.rowCount} /> : null;
}
