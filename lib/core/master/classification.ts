import type { Jurisdiction } from '../model/jurisdiction';
import { isCountryCode } from '../values/country';
import { normalizeQuantityUnit } from '../values/quantity-unit';
import { parseTariffCode } from '../values/tariff-code';

/** A classification as the master keeps it: the code's digits, an ISO country, a census unit. */
export interface Classification {
  tariffCode: string;
  countryOfOrigin: string | null;
  unit: string | null;
}

export type ClassificationCheck = { ok: true; classification: Classification } | { ok: false; problems: string[] };

/**
 * Read what a person approves with the same parsers the rules use, so the master never holds a
 * code the checker would flag as malformed.
 */
export function checkClassification(jurisdiction: Jurisdiction, input: { tariffCode: string; countryOfOrigin?: string; unit?: string }): ClassificationCheck {
  const problems: string[] = [];
  const code = parseTariffCode(input.tariffCode, jurisdiction);
  if (code.problem || code.digits === null) {
    problems.push(`Tariff code "${input.tariffCode}" ${code.problem ?? 'is not a code'}${code.fix ? ` (did you mean ${code.fix}?)` : ''}.`);
  }
  const country = input.countryOfOrigin?.trim().toUpperCase() || null;
  if (country !== null && !isCountryCode(country)) problems.push(`Country of origin "${input.countryOfOrigin}" is not an ISO 3166 two-letter code.`);
  const unit = input.unit?.trim() ? normalizeQuantityUnit(input.unit) : null;
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, classification: { tariffCode: code.digits!, countryOfOrigin: country, unit } };
}
