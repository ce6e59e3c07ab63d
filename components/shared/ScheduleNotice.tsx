import { OFFICIAL_SCHEDULE_SOURCES, scheduleNotice } from '../../lib/core/report/schedule-notice';
import type { ValidationReport } from '../../lib/core/validate';

/**
 * Which tariff schedule a check used and its date; when it is more than 90 days older than the
 * check date, a warning with where the official files are published.
 */
export function ScheduleNotice({ report }: { report: Pick<ValidationReport, 'schedule' | 'checkDate' | 'jurisdiction'> }) {
  const notice = scheduleNotice(report);
  return (
    <div class="schedule-notice">
      <p class="schedule-used">{notice.used}</p>
      {notice.stale && (
        <div class="schedule-stale" role="status">
          <p>{notice.stale}</p>
          <ul>
            {OFFICIAL_SCHEDULE_SOURCES.map((source) => (
              <li key={source.url}>
                <a href={source.url} target="_blank" rel="noreferrer">
                  {source.name}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
