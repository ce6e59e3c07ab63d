import type { Jurisdiction } from '../model/jurisdiction';
import { CatalogReadError } from '../read/catalog-read-error';
import { decodeText } from '../read/decode-text';
import { readCatalogText } from '../read/read-catalog';
import { type ClassificationMaster, classificationMaster } from './classification-master';
import { type MasterLine, readMasterTable } from './read-master-table';

/** How many of a bad master's problems a message lists before "and N more". */
const PROBLEMS_SHOWN = 5;

/**
 * A master file (CSV or JSON, read like a catalog) as a check uses it. A file with any bad line
 * is refused with its problems by row: a check against a half-read master would report parts as
 * unknown that the team did approve.
 */
export function readMasterFile(bytes: Uint8Array, file: string, jurisdiction: Jurisdiction): ClassificationMaster {
  return readMasterText(decodeText(bytes, file), file, jurisdiction);
}

export function readMasterText(text: string, file: string, jurisdiction: Jurisdiction): ClassificationMaster {
  return classificationMaster(file, readMasterLines(text, file, jurisdiction));
}

/** The master file's lines (the extension keeps them, sealed), or the file's problems as one CatalogReadError. */
export function readMasterLines(text: string, file: string, jurisdiction: Jurisdiction): MasterLine[] {
  const reading = readMasterTable(readCatalogText(text, file), jurisdiction);
  if (!reading.ok) {
    const shown = reading.problems.slice(0, PROBLEMS_SHOWN).map((problem) => `${problem.path}: ${problem.message}`);
    const more = reading.problems.length - shown.length;
    throw new CatalogReadError(file, `is not a usable classification master: ${shown.join(' ')}${more > 0 ? ` (and ${more} more problems)` : ''}`);
  }
  return reading.lines;
}
