import { useMemo } from 'preact/hooks';
import type { Finding } from '../../lib/core/model/finding';
import { errorSentence, noteSentence, scanVerdict, verdictHeadline, warningSentence } from '../../lib/core/report/verdict';

/**
 * The popup's verdict in plain words, worst first: whether the lines can be filed, what must be
 * fixed (errors), what to review (warnings), and the notes folded into one line, so thousands of
 * agency notes never bury the two codes that are not in force. Rule titles, never ids. `partial`:
 * not every line of the table could be read (the reading notice says which were not).
 */
export function ScanVerdict({ findings, rowCount, partial = false }: { findings: readonly Finding[]; rowCount: number; partial?: boolean }) {
  const verdict = useMemo(() => scanVerdict(findings), [findings]);
  const errors = errorSentence(verdict);
  const warnings = warningSentence(verdict);
  const notes = noteSentence(verdict);
  return (
    <section class="verdict" aria-labelledby="verdict-headline">
      <h2 id="verdict-headline" class={errors ? 'verdict-headline blocking' : 'verdict-headline'}>
        {verdictHeadline(verdict, rowCount, partial)}
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
