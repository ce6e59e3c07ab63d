import { classificationMaster, type ClassificationMaster } from '../../lib/core/master/classification-master';
import type { MasterLine } from '../../lib/core/master/read-master-table';

/** A master held in memory, as a read master file or the workspace's approved list gives it. */
export function masterOf(lines: (Partial<MasterLine> & { partNumber: string; tariffCode: string })[], name = 'master.csv'): ClassificationMaster {
  return classificationMaster(
    name,
    lines.map((line) => ({ countryOfOrigin: null, unit: null, note: null, ...line })),
  );
}
