/**
 * Customs territories whose tariff nomenclature the rules know:
 * US = HTSUS (10-digit statistical reporting number), EU = Combined Nomenclature (8) / TARIC (10),
 * UK = UK Global Tariff commodity code (10), CA = Customs Tariff classification number (10).
 */
export const JURISDICTIONS = ['US', 'EU', 'UK', 'CA'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export const DEFAULT_JURISDICTION: Jurisdiction = 'US';

export function isJurisdiction(value: string): value is Jurisdiction {
  return (JURISDICTIONS as readonly string[]).includes(value);
}
