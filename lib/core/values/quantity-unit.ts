/**
 * Units of quantity. The U.S. schedule names them with census codes (NO, KG, DOZ, PRS, M2...,
 * from the HTSUS General Notes and CBP's ACE CATAIR Appendix); catalogs write them many ways
 * ("pcs", "EA", "kgs", "m²", UN/ECE Rec. 20 codes such as C62 or KGM). Everything is brought to
 * the census code before comparing.
 */
const UNIT_ALIASES: Record<string, string> = {
  NO: 'NO', 'NO.': 'NO', NR: 'NO', PC: 'NO', PCS: 'NO', PCE: 'NO', EA: 'NO', EACH: 'NO', UNIT: 'NO', UNITS: 'NO',
  C62: 'NO', H87: 'NO', ST: 'NO', STK: 'NO', STUCK: 'NO', 'STÜCK': 'NO', PIECE: 'NO', PIECES: 'NO', U: 'NO',
  KG: 'KG', KGS: 'KG', KGM: 'KG', KILO: 'KG', KILOS: 'KG', KILOGRAM: 'KG', KILOGRAMS: 'KG',
  G: 'G', GR: 'G', GRM: 'G', GRAM: 'G', GRAMS: 'G',
  T: 'T', TNE: 'T', TON: 'T', TONNE: 'T', TONNES: 'T', MT: 'T',
  DOZ: 'DOZ', DZ: 'DOZ', DZN: 'DOZ', DOZEN: 'DOZ',
  PRS: 'PRS', PR: 'PRS', PAIR: 'PRS', PAIRS: 'PRS', PA: 'PRS', PAA: 'PRS',
  DPR: 'DPR', 'DOZ PRS': 'DPR', 'DOZ. PRS.': 'DPR', DPC: 'DPC', GROSS: 'GRS',
  M: 'M', MTR: 'M', METER: 'M', METRE: 'M', METERS: 'M', METRES: 'M', LM: 'M',
  M2: 'M2', 'M²': 'M2', MTK: 'M2', SQM: 'M2', 'SQ M': 'M2', QM: 'M2',
  M3: 'M3', 'M³': 'M3', MTQ: 'M3', CBM: 'M3', CUM: 'M3',
  L: 'L', LTR: 'L', LTRS: 'L', LITER: 'L', LITRE: 'L', LITERS: 'L', LITRES: 'L',
  'PF.L': 'PFL', PFL: 'PFL', CKG: 'CKG', CGM: 'CGM', GKG: 'GKG', KM3: 'KM3', BBL: 'BBL', CTN: 'CTN', CAR: 'CAR',
  X: 'X',
};

/** Units that count whole things: a fractional quantity in one of them is a data error. */
export const COUNT_UNITS = new Set(['NO', 'DOZ', 'PRS', 'DPR', 'DPC', 'GRS', 'HUN', 'THS', 'PK', 'CTN', 'CAR']);

export function normalizeQuantityUnit(text: string): string {
  const key = text.trim().toUpperCase().replace(/\s+/g, ' ');
  return UNIT_ALIASES[key] ?? UNIT_ALIASES[key.replace(/\.$/, '')] ?? key;
}

/** True for a unit of quantity this tool can read ("PCS", "kg", "M2", "C62"), however it is spelled. */
export function isKnownQuantityUnit(text: string): boolean {
  const key = text.trim().toUpperCase().replace(/\s+/g, ' ');
  return Object.hasOwn(UNIT_ALIASES, key) || Object.hasOwn(UNIT_ALIASES, key.replace(/\.$/, ''));
}

/** Weight units to kilograms, for comparing net and gross weights written in different units. */
const KILOGRAMS_PER_UNIT: Record<string, number> = {
  KG: 1, KGS: 1, KGM: 1, G: 0.001, GR: 0.001, GRM: 0.001, T: 1000, TNE: 1000, MT: 1000,
  LB: 0.45359237, LBS: 0.45359237, LBR: 0.45359237, POUND: 0.45359237, POUNDS: 0.45359237, OZ: 0.028349523125,
};

export function kilogramsPer(unit: string): number | undefined {
  if (unit === 'kg' || unit === 'KG') return 1; // the usual case, decided without normalising
  const key = unit.trim().toUpperCase().replace(/\.$/, '');
  // Spelled-out units ("Kilogram", "kilos", "Tonnes") are read as the census code they stand for.
  return KILOGRAMS_PER_UNIT[key] ?? KILOGRAMS_PER_UNIT[normalizeQuantityUnit(key)];
}
