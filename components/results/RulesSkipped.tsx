import { asSentence, plural } from '../../lib/core/report/wording';
import { ruleById } from '../../lib/core/rules/registry';
import type { ValidationReport } from '../../lib/core/validate';

/** Every check this scan did not run (turned off, not for this territory, a column missing), by title. */
export function RulesSkipped({ report }: { report: Pick<ValidationReport, 'rulesSkipped'> }) {
  if (report.rulesSkipped.length === 0) return null;
  return (
    <details class="rules-skipped">
      <summary>{plural(report.rulesSkipped.length, 'check', 'checks')} not run</summary>
      <ul>
        {report.rulesSkipped.map((skip) => (
          <li key={skip.ruleId}>
            <strong>{ruleById(skip.ruleId)?.title ?? skip.ruleId}</strong>: {asSentence(skip.reason)}
          </li>
        ))}
      </ul>
    </details>
  );
}
