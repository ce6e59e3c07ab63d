import type { Jurisdiction } from '../model/jurisdiction';

/** One line of a national tariff schedule, reduced to what the rules need. */
export interface ScheduleLine {
  /** Digits only: 10 for U.S. statistical lines, 8 for U.S. chapter 98/99 provisions. */
  code: string;
  description: string;
  /** Units of quantity the line requires, as census codes (`NO`, `KG`, `DOZ`...). Empty: none named. */
  units: readonly string[];
  /** Partner-government-agency flags from CBP's ACE report (`FD3`, `AL2`, `EP7`...). */
  agencies: readonly string[];
  /** First and last day in force (`YYYY-MM-DD`), when the source gives them. */
  effective: string | null;
  expires: string | null;
  /** False for headings and subheadings that have statistical lines below them. */
  leaf: boolean;
  /**
   * CBP's antidumping / countervailing duty flags ("AD Duty", "CV Duty" in the ACE report): goods
   * of this line are within the scope of an AD or CVD order for some countries. Absent when the
   * source does not say (the USITC export has no such column).
   */
  antidumping?: boolean;
  countervailing?: boolean;
}

export interface TariffSchedule {
  /** File name or label, for reports. */
  name: string;
  format: 'ace-pga-report' | 'usitc-json' | 'usitc-csv';
  jurisdiction: Jurisdiction;
  /** The date the source says it was produced on, when it says. */
  asOf: string | null;
  /** By code (digits only). Read-only: the built-in schedule builds its lines on demand. */
  lines: ReadonlyMap<string, ScheduleLine>;
  /** True for the snapshot shipped inside the product (used when the user has loaded no file). */
  builtIn?: boolean;
}

export type CodeStatus =
  | { status: 'in-force'; line: ScheduleLine }
  | { status: 'expired'; line: ScheduleLine }
  | { status: 'not-yet'; line: ScheduleLine }
  | { status: 'not-statistical'; line: ScheduleLine }
  | { status: 'absent' };

/** What the schedule says of a code on a date (`YYYY-MM-DD`; ISO dates compare as strings). */
export function lookupCode(schedule: TariffSchedule, digits: string, date: string): CodeStatus {
  const line = schedule.lines.get(digits);
  if (!line) return { status: 'absent' };
  if (!line.leaf) return { status: 'not-statistical', line };
  if (line.effective && date < line.effective) return { status: 'not-yet', line };
  if (line.expires && date > line.expires) return { status: 'expired', line };
  return { status: 'in-force', line };
}

/** Mark lines that have longer codes beneath them as not leaves (USITC exports list every level). */
export function markLeaves(lines: Map<string, ScheduleLine>): void {
  const codes = [...lines.keys()].sort();
  for (let i = 0; i < codes.length; i++) {
    const next = codes[i + 1];
    lines.get(codes[i]!)!.leaf = !(next && next.startsWith(codes[i]!));
  }
}

/** `1/31/2026` (the ACE report's U.S. form) → `2026-01-31`; null for blanks and other forms. */
export function usDateToIso(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return null;
  return `${match[3]}-${match[1]!.padStart(2, '0')}-${match[2]!.padStart(2, '0')}`;
}
