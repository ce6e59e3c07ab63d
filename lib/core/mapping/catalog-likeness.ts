import { headerWords } from './header-words';

/**
 * Concepts that on their own say which catalog field a column is likely to be. Enough to tell a
 * page's catalog table from its menus and totals without carrying the whole field vocabulary
 * (header-synonyms.ts) and the mapping decision into the content script.
 */
const FIELD_OF_CONCEPT: Record<string, string> = {
  description: 'description', designation: 'description', goods: 'description', text: 'description',
  hs: 'hts', tariff: 'hts', classification: 'hts', harmonized: 'hts',
  origin: 'origin', country: 'origin', made: 'origin',
  quantity: 'quantity', pieces: 'quantity', count: 'quantity',
  measure: 'unit', unit: 'unit',
  price: 'unitValue', each: 'unitValue',
  value: 'lineValue', amount: 'lineValue', total: 'lineValue',
  currency: 'currency',
  weight: 'netWeight', net: 'netWeight', gross: 'grossWeight',
  manufacturer: 'manufacturer', supplier: 'manufacturer',
  address: 'mfrAddress', city: 'mfrCity',
  mid: 'mid', incoterm: 'incoterm', terms: 'incoterm',
  part: 'sku', article: 'sku', item: 'sku', reference: 'sku', stock: 'sku', material: 'sku', product: 'sku', style: 'sku',
  eori: 'importerId', importer: 'importerId',
};

/**
 * How many different catalog fields a table's headers point at ("Part No.", "Ctry of Orig",
 * "Wartość" → sku, origin, lineValue: 3), each header counted for its first field word. Ranks
 * the tables of a page; the mapping itself is decided later, from headers and values.
 */
export function recognizedFieldCount(headers: readonly string[]): number {
  const fields = new Set<string>();
  for (const header of headers) {
    const field = likelyFieldOf(header);
    if (field) fields.add(field);
  }
  return fields.size;
}

/** The catalog field a header's first field word points at ("Ctry of Orig" → origin), or null. */
export function likelyFieldOf(header: string): string | null {
  return likelyFieldsOf(header)[0] ?? null;
}

/** Every catalog field a header's field words point at, first word first ("Unit price" → unit, unitValue). */
export function likelyFieldsOf(header: string): string[] {
  return headerWords(header).concepts.flatMap((concept) => FIELD_OF_CONCEPT[concept] ?? []);
}
