import { adcvdPossible } from './adcvd-possible';
import { cellRequired } from './cell-required';
import { columnMissing } from './column-missing';
import { currencyInvalid } from './currency-invalid';
import { descriptionShort } from './description-short';
import { descriptionVague } from './description-vague';
import { duty301 } from './duty-301';
import { eoriFormat } from './eori-format';
import { htsChapter } from './hts-chapter';
import { htsDiffersFromMaster } from './hts-differs-from-master';
import { htsFormat } from './hts-format';
import { htsInconsistent } from './hts-inconsistent';
import { htsUnknown } from './hts-unknown';
import { incotermInvalid } from './incoterm-invalid';
import { masterUnknownPart } from './master-unknown-part';
import { midFormat } from './mid-format';
import { midMismatch } from './mid-mismatch';
import { originDiffersFromMaster } from './origin-differs-from-master';
import { originInvalid } from './origin-invalid';
import { originNotCountry } from './origin-not-country';
import { originRestricted } from './origin-restricted';
import { pgaFlag } from './pga-flag';
import { quantityInvalid } from './quantity-invalid';
import type { Rule } from './rule';
import { rowDuplicate } from './row-duplicate';
import { unitMismatch } from './unit-mismatch';
import { valueInvalid } from './value-invalid';
import { valueMismatch } from './value-mismatch';
import { weightInvalid } from './weight-invalid';
import { weightNetExceedsGross } from './weight-net-exceeds-gross';

/** Every rule, in the order reports and the README list them. */
export const RULES: readonly Rule[] = [
  columnMissing,
  cellRequired,
  rowDuplicate,
  htsFormat,
  htsChapter,
  htsUnknown,
  htsInconsistent,
  htsDiffersFromMaster,
  unitMismatch,
  originInvalid,
  originNotCountry,
  originRestricted,
  originDiffersFromMaster,
  masterUnknownPart,
  currencyInvalid,
  quantityInvalid,
  valueInvalid,
  valueMismatch,
  weightInvalid,
  weightNetExceedsGross,
  incotermInvalid,
  midFormat,
  midMismatch,
  eoriFormat,
  descriptionVague,
  descriptionShort,
  pgaFlag,
  duty301,
  adcvdPossible,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
