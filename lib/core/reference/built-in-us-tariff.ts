import { DEFAULT_JURISDICTION, type Jurisdiction } from '../model/jurisdiction';
import type { ValidateOptions } from '../validate';
import type { TariffSchedule } from '../schedule/tariff-schedule';
import type { Section301List } from './section301-list';

/*
 * The U.S. tariff data shipped with the product, loaded on demand through dynamic imports: where
 * the bundler can split (extension pages, the command line) the data is a chunk of its own, read
 * only when a check needs it; the service worker's bundle is one script (an MV3 worker may not
 * import() at run time), where the data is inlined but still decoded only on first use. Never
 * imported by page code: the content script does not check codes.
 */

/** The built-in U.S. schedule, for U.S. checks when the user has loaded no schedule file. */
export async function builtInScheduleFor(jurisdiction: Jurisdiction): Promise<TariffSchedule | null> {
  if (jurisdiction !== 'US') return null;
  const { builtInUsSchedule } = await import('./us-schedule');
  return builtInUsSchedule();
}

/** The Section 301 list (U.S. additional duties on goods of China); null outside U.S. checks. */
export async function builtInSection301For(jurisdiction: Jurisdiction): Promise<Section301List | null> {
  if (jurisdiction !== 'US') return null;
  const { builtInSection301 } = await import('./us-section301');
  return builtInSection301();
}

/**
 * Options with the built-in reference data filled in where the caller gave none: the schedule
 * (unless one was loaded, even a null one on purpose is kept) and the Section 301 list.
 */
export async function withBuiltInReference(options: ValidateOptions): Promise<ValidateOptions> {
  const jurisdiction = options.jurisdiction ?? DEFAULT_JURISDICTION;
  const [schedule, section301] = await Promise.all([
    options.schedule !== undefined ? options.schedule : builtInScheduleFor(jurisdiction),
    options.section301 !== undefined ? options.section301 : builtInSection301For(jurisdiction),
  ]);
  return { ...options, schedule, section301 };
}
