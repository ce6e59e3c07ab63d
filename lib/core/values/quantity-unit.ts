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
  // Written in the languages of the header words (mapping/word-concepts.ts, unspaced-words.ts):
  // Chinese, Japanese, Korean, Russian, Turkish, Polish.
  个: 'NO', 個: 'NO', 件: 'NO', 只: 'NO', 台: 'NO', 套: 'NO', 枚: 'NO', 本: 'NO', 개: 'NO', ШТ: 'NO', ШТУК: 'NO', ADET: 'NO', SZT: 'NO', SZTUK: 'NO',
  千克: 'KG', 公斤: 'KG', キロ: 'KG', キログラム: 'KG', 킬로그램: 'KG', КГ: 'KG',
  克: 'G', グラム: 'G', 그램: 'G', Г: 'G', 吨: 'T', 噸: 'T', トン: 'T', 톤: 'T', Т: 'T',
  双: 'PRS', 雙: 'PRS', 对: 'PRS', 對: 'PRS', 足: 'PRS', 켤레: 'PRS', ПАР: 'PRS', ПАРА: 'PRS', ÇIFT: 'PRS', PARA: 'PRS',
  打: 'DOZ', ДЮЖ: 'DOZ', 米: 'M', メートル: 'M', 미터: 'M', М: 'M', 平方米: 'M2', '㎡': 'M2', М2: 'M2',
  立方米: 'M3', '㎥': 'M3', М3: 'M3', 升: 'L', リットル: 'L', 리터: 'L', Л: 'L',
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
