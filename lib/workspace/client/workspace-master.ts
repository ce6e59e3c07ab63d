import { type ClassificationMaster, classificationMaster } from '../../core/master/classification-master';
import type { MasterEntry } from '../api/master';

/** The workspace's approved classifications as a check consults them (the workspace keeps no notes). */
export function masterOfWorkspace(origin: string, entries: readonly MasterEntry[]): ClassificationMaster {
  return classificationMaster(
    `the team workspace (${origin})`,
    entries.map((entry) => ({ partNumber: entry.partNumber, tariffCode: entry.tariffCode, countryOfOrigin: entry.countryOfOrigin, unit: entry.unit, note: null })),
  );
}
