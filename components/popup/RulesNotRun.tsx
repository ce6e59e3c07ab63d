import { rulesNotRun } from '../../lib/core/report/schedule-notice';
import type { ValidationReport } from '../../lib/core/validate';

/** The checks that could not run on this table (a column or the schedule missing), said plainly. */
export function RulesNotRun({ report }: { report: Pick<ValidationReport, 'rulesSkipped'> }) {
  const notRun = rulesNotRun(report);
  if (notRun.length === 0) return null;
  return (
    // Not an alert: the check did finish, and role="alert" is what says a scan failed.
    <section class="rules-not-run" aria-label="Checks that could not run">
      <p>{notRun.length === 1 ? 'One check could not run:' : `${notRun.length} checks could not run:`}</p>
      <ul>
        {notRun.map((rule) => (
          <li key={rule.ruleId}>
            <strong>{rule.title}</strong> (<code>{rule.ruleId}</code>): {rule.reason}.
          </li>
        ))}
      </ul>
    </section>
  );
}
