import { useEffect, useState } from 'preact/hooks';
import type { ValidationReport } from '../../lib/core/validate';
import { activeProfileStore } from '../../lib/extension/browser/profile-storage';
import { ScheduleNotice } from '../shared/ScheduleNotice';
import { RulesNotRun } from './RulesNotRun';

/**
 * What the user must know before the counts, read from the stored report of a finished scan:
 * the checks that could not run and why, then the schedule used (and whether it is out of date).
 */
export function ScanNotices({ scanId }: { scanId: string }) {
  const [report, setReport] = useState<ValidationReport | null>(null);
  useEffect(() => {
    let current = true;
    void (async () => {
      const { report: stored } = await (await activeProfileStore()).getScan(scanId);
      if (current) setReport(stored);
    })().catch(() => {
      // The counts below still show; without the stored report there is nothing to add.
    });
    return () => {
      current = false;
    };
  }, [scanId]);
  return report ? <ScanReportNotices report={report} /> : null;
}

/** The notices of one report: separate from the loading so it can be shown and tested on its own. */
export function ScanReportNotices({ report }: { report: ValidationReport }) {
  return (
    <>
      <RulesNotRun report={report} />
      <ScheduleNotice report={report} />
    </>
  );
}
