import { OFFICIAL_SCHEDULE_SOURCES, scheduleNotice } from '../../lib/core/report/schedule-notice';
import type { ValidationReport } from '../../lib/core/validate';

/**
 * Which tariff schedule a check used and its date; when it is more than 90 days older than the
 * check date, a warning with where the official files are published.
 */
export function ScheduleNotice({
  report,
  compact = false,
}: {
  report: Pick<ValidationReport, 'schedule' | 'checkDate' | 'jurisdiction'>;
  /** The popup: the warning's first line says the age, the rest (what to do, where) opens on demand. */
  compact?: boolean;
}) {
  const notice = scheduleNotice(report);
  const sources = (
    <ul>
      {OFFICIAL_SCHEDULE_SOURCES.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noreferrer">
            {source.name}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <div class="schedule-notice">
      <p class="schedule-used">{notice.used}</p>
      {notice.stale &&
        (compact ? (
          <div class="schedule-stale" role="status">
            <details>
              <summary>The tariff schedule is {notice.ageDays} days old: codes added or changed since are not known to it.</summary>
              <p>{notice.stale}</p>
              {sources}
            </details>
          </div>
        ) : (
          <div class="schedule-stale" role="status">
            <p>{notice.stale}</p>
            {sources}
          </div>
        ))}
    </div>
  );
}
