/**
 * The catalog fields Customs Preflight understands. The ids are stable: they appear in
 * findings, exports, column-mapping overrides (`--map hts="Tariff No."`) and saved settings.
 */
export const FIELD_IDS = [
  'sku',
  'description',
  'hts',
  'origin',
  'quantity',
  'unit',
  'unitValue',
  'lineValue',
  'currency',
  'netWeight',
  'grossWeight',
  'weightUnit',
  'manufacturer',
  'mfrAddress',
  'mfrCity',
  'mfrCountry',
  'mid',
  'incoterm',
  'importerId',
] as const;

export type FieldId = (typeof FIELD_IDS)[number];

/** What each field means, in a filer's words; used in reports and the mapping editor. */
export const FIELD_LABELS: Record<FieldId, string> = {
  sku: 'Part number / SKU',
  description: 'Description of goods',
  hts: 'Tariff code (HTS / CN / commodity code)',
  origin: 'Country of origin',
  quantity: 'Quantity',
  unit: 'Unit of quantity',
  unitValue: 'Unit value',
  lineValue: 'Line value',
  currency: 'Currency',
  netWeight: 'Net weight',
  grossWeight: 'Gross weight',
  weightUnit: 'Weight unit',
  manufacturer: 'Manufacturer name',
  mfrAddress: 'Manufacturer address',
  mfrCity: 'Manufacturer city',
  mfrCountry: 'Manufacturer country',
  mid: 'Manufacturer ID (MID)',
  incoterm: 'Incoterm',
  importerId: 'Importer number / EORI',
};

export function isFieldId(value: string): value is FieldId {
  return (FIELD_IDS as readonly string[]).includes(value);
}
