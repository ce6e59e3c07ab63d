import { isCountryCode } from './country';
import { foldAccents } from './text';

/**
 * CBP's Manufacturer Identification Code (MID), built from the manufacturer's name and address
 * (19 CFR Part 102 Appendix; CBP ACE CATAIR Appendix 2):
 *   country  ISO alpha-2 code — for Canada a province code instead of "CA"
 *   name     first three letters of each of the first two words (one word: its first three)
 *   number   the largest number on the street address line, at most four digits
 *   city     first three letters of the city
 * At most 15 characters, letters and digits only, no spaces.
 */
export const MID_MAX_LENGTH = 15;

/** Canadian province and territory codes that replace "CA" in a MID. */
export const CANADIAN_PROVINCE_CODES: Record<string, string> = {
  XA: 'Alberta', XB: 'New Brunswick', XC: 'British Columbia', XM: 'Manitoba', XN: 'Nova Scotia',
  XO: 'Ontario', XP: 'Prince Edward Island', XQ: 'Quebec', XS: 'Saskatchewan', XT: 'Northwest Territories',
  XV: 'Nunavut', XW: 'Newfoundland and Labrador', XY: 'Yukon',
};

/** Words the construction skips in a manufacturer's name. */
const SKIPPED_WORDS = new Set(['A', 'AN', 'AND', 'OF', 'THE']);

export interface MidParts {
  country: string;
  name: string;
  number: string;
  city: string;
}

const MID_SHAPE = /^([A-Z]{2})([A-Z0-9]*?[A-Z])(\d{0,4})([A-Z]{1,3})$/;

/** Problems with a MID's construction, first one that applies; null when it is well formed. */
export function midFormatProblem(mid: string): { problem: string; fix?: string } | null {
  const compact = mid.replace(/\s+/g, '');
  const upper = compact.toUpperCase();
  const cleaned = upper.replace(/[^A-Z0-9]/g, '');
  const fix = cleaned !== mid && cleaned.length <= MID_MAX_LENGTH && cleanedShapeOk(cleaned) ? cleaned : undefined;
  if (compact !== mid.trim()) return { problem: 'contains spaces', fix };
  if (/[^A-Za-z0-9]/.test(compact)) return { problem: `contains characters other than letters and digits (${[...new Set(compact.replace(/[A-Za-z0-9]/g, ''))].join(' ')})`, fix };
  if (compact !== upper) return { problem: 'is not in capital letters', fix };
  if (compact.length > MID_MAX_LENGTH) return { problem: `is ${compact.length} characters long; a MID has at most ${MID_MAX_LENGTH}` };
  const country = compact.slice(0, 2);
  if (country === 'CA') return { problem: 'starts with CA: Canadian manufacturers use a province code (XA–XY) instead' };
  if (!isCountryCode(country) && !CANADIAN_PROVINCE_CODES[country]) {
    return { problem: `starts with "${country}", which is neither an ISO country code nor a Canadian province code` };
  }
  if (!MID_SHAPE.test(compact)) return { problem: 'does not follow country + name letters + address number + city letters' };
  return null;
}

function cleanedShapeOk(mid: string): boolean {
  const country = mid.slice(0, 2);
  return MID_SHAPE.test(mid) && (isCountryCode(country) || country in CANADIAN_PROVINCE_CODES) && country !== 'CA';
}

export function splitMid(mid: string): MidParts | null {
  const match = MID_SHAPE.exec(mid.trim());
  if (!match) return null;
  return { country: match[1]!, name: match[2]!, number: match[3]!, city: match[4]! };
}

/**
 * Name letters per the construction rules: "Amalgamated Plastics Corp." → AMAPLA, "A.B.C. Company"
 * → ABCCOM. A hyphenated name ("Rice-Paddy Co.") is read as one word here; see midNameLetterOptions.
 */
export function midNameLetters(manufacturer: string, hyphenSplitsWords = false): string {
  const joinedInitials = foldAccents(manufacturer)
    .toUpperCase()
    // Initials written with dots or spaces are one word: "A.B.C." and "A B C" → ABC.
    .replace(/\b([A-Z])[.\s](?=[A-Z]\b)/g, '$1')
    .replace(/\b([A-Z])\.(?=\s|$)/g, '$1');
  const words = joinedInitials
    .split(hyphenSplitsWords ? /[^A-Z0-9]+/ : /[^A-Z0-9-]+/)
    .map((word) => word.replace(/-/g, ''))
    .filter((word) => word !== '' && !SKIPPED_WORDS.has(word));
  return words
    .slice(0, 2)
    .map((word) => word.slice(0, 3))
    .join('');
}

/**
 * Every name-letter reading a filer may have followed: hyphenated names are built both as one
 * word and as two in practice, so a MID matching either is not a mismatch.
 */
export function midNameLetterOptions(manufacturer: string): string[] {
  return [...new Set([midNameLetters(manufacturer), midNameLetters(manufacturer, true)])];
}

/** The largest number on the address line, first four digits (19 CFR 102 App. para. 6). */
export function midAddressNumber(address: string): string {
  const numbers = address.match(/\d+/g) ?? [];
  let largest = '';
  for (const number of numbers) {
    if (largest === '' || Number(number) > Number(largest)) largest = number;
  }
  return largest.slice(0, 4);
}

export function midCityLetters(city: string): string {
  return foldAccents(city).toUpperCase().replace(/[^A-Z]/g, '').slice(0, 3);
}
