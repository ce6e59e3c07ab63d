import type { FieldId } from './fields';
import type { Jurisdiction } from './jurisdiction';

/**
 * Fields every line of an import declaration needs, whatever the territory: a description
 * precise enough to classify (19 CFR 141.86(a)(3); UCC Art. 5 / DS 6/14), the tariff code,
 * the country of origin, the quantity and a value. `unitValue`/`lineValue` count as one need:
 * either is enough to state the line's value.
 */
export const REQUIRED_FIELDS: Record<Jurisdiction, readonly FieldId[]> = {
  US: ['description', 'hts', 'origin', 'quantity'],
  EU: ['description', 'hts', 'origin', 'quantity'],
  UK: ['description', 'hts', 'origin', 'quantity'],
  CA: ['description', 'hts', 'origin', 'quantity'],
};

export const VALUE_FIELDS: readonly FieldId[] = ['unitValue', 'lineValue'];
