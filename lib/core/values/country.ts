import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import { KNOWN_MISTAKES } from './country-aliases';
import { compileCountryNames } from './country-names';
import { editDistance, normalizeWords } from './text';

// English only: countryName's language. The names of every language catalogs are written in are
// read by country-names.ts, straight from their tables.
countries.registerLocale(en);

/**
 * ISO 3166-1 alpha-2 codes, plus XK (Kosovo): not in ISO 3166 but the code CBP (ACE CATAIR
 * Appendix B) and the EU use for it.
 */
const ALPHA2 = new Set([...Object.keys(countries.getAlpha2Codes()), 'XK']);

export function isCountryCode(code: string): boolean {
  return ALPHA2.has(code);
}

let namesIndex: Map<string, string> | undefined;

/** Country names in every language catalogs are written in (and ISO alpha-3 codes) → alpha-2; built on first use. */
function countryNames(): Map<string, string> {
  return (namesIndex ??= new Map(compileCountryNames()));
}

export interface CountryGuess {
  code: string;
  /** How sure the guess is: a name or known alias is certain, a typo match is a suggestion. */
  basis: 'name' | 'alias' | 'alpha3' | 'typo';
}

/** The code of a country written by name, known alias or alpha-3 code ("China", "P.R.C.", "DEU"); no typo guessing. */
export function countryCodeOfName(text: string): string | undefined {
  return countryNames().get(normalizeWords(text));
}

/** For text that is not an ISO alpha-2 code: the code it most likely means, if any. */
export function guessCountryCode(text: string): CountryGuess | undefined {
  const key = normalizeWords(text);
  if (key === '') return undefined;
  const direct = countryNames().get(key);
  if (direct) {
    const basis = KNOWN_MISTAKES[key] ? 'alias' : /^[a-z]{3}$/.test(key) ? 'alpha3' : 'name';
    return { code: direct, basis };
  }
  // Typos only for words long enough that a 1–2 letter slip can't turn one country into another.
  if (key.length < 5) return undefined;
  const limit = key.length < 8 ? 1 : 2;
  let best: { code: string; distance: number } | undefined;
  let tie = false;
  for (const [name, code] of countryNames()) {
    if (name.length < 4) continue;
    const distance = editDistance(key, name, limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance) {
      best = { code, distance };
      tie = false;
    } else if (distance === best.distance && code !== best.code) {
      tie = true;
    }
  }
  return best && !tie ? { code: best.code, basis: 'typo' } : undefined;
}

export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}
