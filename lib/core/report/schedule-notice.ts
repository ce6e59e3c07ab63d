import { ruleById } from '../rules/registry';
import type { SkippedRule, ValidationReport } from '../validate';

/** A schedule older than this on the check date may miss codes added or changed since. */
export const STALE_AFTER_DAYS = 90;

/** Where the official U.S. schedule files are published, for a user whose copy is out of date. */
export const OFFICIAL_SCHEDULE_SOURCES = [
  { name: 'CBP ACE Reports, "HTS PGA report" (CSV)', url: 'https://ace.cbp.dhs.gov/' },
  { name: 'USITC Harmonized Tariff Schedule, Export (JSON or CSV)', url: 'https://hts.usitc.gov/' },
] as const;

export interface ScheduleNotice {
  /** Which schedule the check used, with its date: every report says it. */
  used: string;
  /** Set when the schedule is more than STALE_AFTER_DAYS older than the check date. */
  stale: string | null;
  ageDays: number | null;
}

type ReportDates = Pick<ValidationReport, 'schedule' | 'checkDate' | 'jurisdiction'>;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Which tariff schedule a report was checked against, and whether it was too old for the check date. */
export function scheduleNotice(report: ReportDates): ScheduleNotice {
  const { schedule } = report;
  if (!schedule) {
    const used =
      report.jurisdiction === 'US'
        ? 'No tariff schedule: U.S. codes were checked for form only.'
        : `No national tariff schedule for ${report.jurisdiction}: codes were checked against the HS 2022 subheadings.`;
    return { used, stale: null, ageDays: null };
  }
  // The built-in schedule's name carries its date; a file's name may not.
  const dated = schedule.builtIn ? '' : schedule.asOf ? ` dated ${schedule.asOf}` : ' (undated)';
  const used = `Tariff schedule: ${schedule.name}${dated}, ${schedule.lines.toLocaleString('en')} lines.`;
  if (!schedule.asOf) return { used, stale: null, ageDays: null };
  const ageDays = daysBetween(schedule.asOf, report.checkDate);
  if (ageDays <= STALE_AFTER_DAYS) return { used, stale: null, ageDays };
  const where = OFFICIAL_SCHEDULE_SOURCES.map((source) => `${source.name} at ${source.url}`).join(', or ');
  const stale =
    `The tariff schedule is from ${schedule.asOf}, ${ageDays} days before the check date ${report.checkDate}: codes added, split or ` +
    `ended since then are not known to it. Download the current schedule from ${where}, and load it (Options in the extension, --schedule on the command line).`;
  return { used, stale, ageDays };
}

/** The rules a check could not run for want of a column or data, with the rule's title: what the popup says first. */
export function rulesNotRun(report: Pick<ValidationReport, 'rulesSkipped'>): { ruleId: string; title: string; reason: string }[] {
  return report.rulesSkipped
    .filter((skipped: SkippedRule) => skipped.cause === 'missing' || skipped.cause === undefined && !/^(turned off|does not apply)/.test(skipped.reason))
    .map((skipped) => ({ ruleId: skipped.ruleId, title: ruleById(skipped.ruleId)?.title ?? skipped.ruleId, reason: skipped.reason }));
}
