import type { MasterLine } from './read-master-table';

/**
 * The team's approved classification per part number, as a check consults it: one lookup per
 * distinct part number, O(1), whatever the size of the master. Part numbers are one in any case
 * (AX-10 and ax-10 are the same part), as the catalog checks group them.
 */
export interface ClassificationMaster {
  /** Where it came from, for messages: the file name, or the workspace's address. */
  readonly name: string;
  readonly size: number;
  classificationOf(partNumber: string): MasterLine | undefined;
}

export function classificationMaster(name: string, lines: readonly MasterLine[]): ClassificationMaster {
  const byPart = new Map<string, MasterLine>();
  for (const line of lines) byPart.set(partKey(line.partNumber), line);
  return {
    name,
    size: byPart.size,
    classificationOf: (partNumber) => byPart.get(partKey(partNumber)),
  };
}

function partKey(partNumber: string): string {
  return partNumber.trim().toUpperCase();
}
