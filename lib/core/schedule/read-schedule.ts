import { CatalogReadError } from '../read/catalog-read-error';
import { decodeText } from '../read/decode-text';
import { readAcePgaReport } from './read-ace-pga-report';
import { readUsitcCsv, readUsitcJson } from './read-usitc-export';
import type { TariffSchedule } from './tariff-schedule';

/** Read a tariff schedule file in any supported format, recognised from its content. */
export function readScheduleFile(bytes: Uint8Array, file: string): TariffSchedule {
  return readScheduleText(decodeText(bytes, file), file);
}

export function readScheduleText(text: string, file: string): TariffSchedule {
  const head = text.slice(0, 4000);
  if (/^\s*\[/.test(head)) return readUsitcJson(text, file);
  if (/^\s*"?Tariff Number"?\s*,/m.test(head)) return readAcePgaReport(text, file);
  if (/^\uFEFF?\s*"?HTS Number"?\s*,/im.test(head)) return readUsitcCsv(text, file);
  throw new CatalogReadError(
    file,
    'is not a tariff schedule this tool reads. Use CBP\'s ACE "HTS PGA report" CSV or the USITC HTS export (JSON or CSV).',
  );
}
