import { useMemo } from 'preact/hooks';
import type { Finding } from '../../lib/core/model/finding';
import { errorSentence, noteSentence, scanVerdict, verdictHeadline, warningSentence } from '../../lib/core/report/verdict';

/**
 * The popup's verdict in plain words, worst first: whether the lines can be filed, what must be
 * fixed (errors), what to review (warnings), and the notes folded into one line, so thousands of
 * agency notes never bury the two codes that are not in force. Rule titles, never ids.
 */
export function ScanVerdict({ findings, rowCount }: { findings: readonly Finding[]; rowCount: number }) {
  const verdict = useMemo(() => scanVerdict(findings), [findings]);
  const errors = errorSentence(verdict);
  const warnings = warningSentence(verdict);
  const notes = noteSentence(verdict);
  return (
    <section class="verdict" aria-labelledby="verdict-headline">
      <h2 id="verdict-headline" class={errors ? 'verdict-headline blocking' : 'verdict-headline'}>
        {verdictHeadline(verdict, rowCount)}
      </h2>
      {errors && (
        <p class="verdict-errors" data-severity="error">
          {errors}
        </p>
      )}
      {warnings && (
        <p class="verdict-warnings" data-severity="warning">
          {warnings}
        </p>
      )}
      {notes && (
        <p class="verdict-notes" data-severity="info">
          {notes}
        </p>
      )}
    </section>
  );
}
