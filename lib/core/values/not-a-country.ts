import { normalizeWords } from './text';

/**
 * Values written in an origin column that name no single country: unions, regions,
 * placeholders. Origin is one country per line (19 CFR 134.1(b); EU UCC Art. 60), so these
 * need the goods' real origin, or the line split by origin.
 */
const NOT_A_COUNTRY = new Set([
  'eu', 'european union', 'europe', 'xx', 'various', 'var', 'multiple', 'mixed', 'several', 'unknown', 'unk',
  'n a', 'n a n a', 'na na', 'not available', 'not applicable', 'none', 'tbd', 'tba', 'asia', 'africa',
  'world', 'international', 'intl', 'global', 'div', 'diverse', 'verschiedene', 'unbekannt', 'divers',
  'inconnu', 'varios', 'desconocido', 'diversen', 'onbekend', 'ue',
]);

/** True when the cell names no single country (empty text is not this rule's business). */
export function notACountryTerm(text: string): boolean {
  const words = normalizeWords(text);
  // Cells of only punctuation ("-", "?", "--") are placeholders too.
  if (words === '') return text.trim() !== '';
  return NOT_A_COUNTRY.has(words);
}
