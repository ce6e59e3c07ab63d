import type { Rule } from './rule';
import { RULES } from './registry';

/**
 * The rules grouped as a filer thinks of a declaration line: what the goods are, where they come
 * from, what they are worth, who made them. Kept beside the registry (not in each rule's file) so
 * the grouping of the settings page can change without touching the checks; a unit test makes
 * sure every registered rule is in exactly one family.
 */
export const RULE_FAMILIES: readonly { id: string; title: string; ruleIds: readonly string[] }[] = [
  { id: 'structure', title: 'Columns and lines', ruleIds: ['column-missing', 'cell-required', 'row-duplicate'] },
  {
    id: 'classification',
    title: 'Tariff classification',
    ruleIds: ['hts-format', 'hts-chapter', 'hts-unknown', 'hts-inconsistent', 'unit-mismatch'],
  },
  { id: 'origin', title: 'Country of origin', ruleIds: ['origin-invalid', 'origin-not-country', 'origin-restricted'] },
  {
    id: 'values',
    title: 'Values, quantities and weights',
    ruleIds: ['currency-invalid', 'quantity-invalid', 'value-invalid', 'value-mismatch', 'weight-invalid', 'weight-net-exceeds-gross', 'incoterm-invalid'],
  },
  { id: 'parties', title: 'Manufacturer and trader numbers', ruleIds: ['mid-format', 'mid-mismatch', 'eori-format'] },
  { id: 'descriptions', title: 'Descriptions', ruleIds: ['description-vague', 'description-short'] },
  {
    id: 'master',
    title: "The team's approved classifications",
    ruleIds: ['hts-differs-from-master', 'origin-differs-from-master', 'master-unknown-part'],
  },
  { id: 'agencies-duties', title: 'Other agencies and extra duties', ruleIds: ['pga-flag', 'duty-301', 'adcvd-possible'] },
];

/** The families with their rules (registry order kept inside a family); a rule not listed goes to "Other checks". */
export function rulesByFamily(rules: readonly Rule[] = RULES): { id: string; title: string; rules: Rule[] }[] {
  const listed = new Set(RULE_FAMILIES.flatMap((family) => family.ruleIds));
  const families = RULE_FAMILIES.map((family) => ({ id: family.id, title: family.title, rules: rules.filter((rule) => family.ruleIds.includes(rule.id)) }));
  const other = rules.filter((rule) => !listed.has(rule.id));
  return [...families, ...(other.length > 0 ? [{ id: 'other', title: 'Other checks', rules: other }] : [])].filter((family) => family.rules.length > 0);
}
