import { summaryRowsNotice } from '../../lib/core/report/summary-rows-notice';
import type { ValidationReport } from '../../lib/core/validate';
import { SafeText } from './SafeText';

/** The rows left out as totals ("Total", "Subtotal page 1"): not lines, so neither checked nor counted. */
export function SummaryRowsNotice({ report }: { report: Pick<ValidationReport, 'summaryRows'> }) {
  const notice = summaryRowsNotice(report.summaryRows);
  return notice ? (
    <p class="summary-rows">
      <SafeText text={notice} />
    </p>
  ) : null;
}
