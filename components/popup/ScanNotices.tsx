import type { ValidationReport } from '../../lib/core/validate';
import { SummaryRowsNotice } from '../shared/SummaryRowsNotice';
import { ScheduleNotice } from '../shared/ScheduleNotice';
import { useStoredReport } from '../shared/use-stored-report';
import { RulesNotRun } from './RulesNotRun';

/**
 * What the user must know before the counts, read from the stored report of a finished scan:
 * the checks that could not run and why, then the schedule used (and whether it is out of date).
 */
export function ScanNotices({ scanId }: { scanId: string }) {
  const report = useStoredReport(scanId);
  return report ? <ScanReportNotices report={report} /> : null;
}

/** The notices of one report: separate from the loading so it can be shown and tested on its own. */
export function ScanReportNotices({ report }: { report: ValidationReport }) {
  return (
    <>
      <RulesNotRun report={report} />
      <ScheduleNotice report={report} compact />
      <SummaryRowsNotice report={report} />
    </>
  );
}

