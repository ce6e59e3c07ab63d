import countries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json';
import en from 'i18n-iso-countries/langs/en.json';
import es from 'i18n-iso-countries/langs/es.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import it from 'i18n-iso-countries/langs/it.json';
import ja from 'i18n-iso-countries/langs/ja.json';
import ko from 'i18n-iso-countries/langs/ko.json';
import nl from 'i18n-iso-countries/langs/nl.json';
import pl from 'i18n-iso-countries/langs/pl.json';
import pt from 'i18n-iso-countries/langs/pt.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import tr from 'i18n-iso-countries/langs/tr.json';
import zh from 'i18n-iso-countries/langs/zh.json';
import { COUNTRY_NAMES_AT_BUILD } from './country-names-at-build';
import { editDistance, normalizeWords } from './text';

// Registered explicitly (rather than relying on the Node entry that loads every locale) so the
// bundles carry the languages catalogs are written in — those header words are read in
// (mapping/word-concepts.ts, unspaced-words.ts) — and not the other sixty.
const LOCALES = [en, de, fr, es, nl, it, pt, pl, ru, tr, zh, ja, ko];
for (const locale of LOCALES) countries.registerLocale(locale);

/**
 * ISO 3166-1 alpha-2 codes, plus XK (Kosovo): not in ISO 3166 but the code CBP (ACE CATAIR
 * Appendix B) and the EU use for it.
 */
const ALPHA2 = new Set([...Object.keys(countries.getAlpha2Codes()), 'XK']);

export function isCountryCode(code: string): boolean {
  return ALPHA2.has(code);
}

/**
 * Codes and spellings that are not ISO 3166-1 but whose meaning is certain: the UK writes
 * "UK" for GB, the EU writes "EL" for Greece, and ERP free text writes "U.S.A".
 */
const KNOWN_MISTAKES: Record<string, string> = {
  uk: 'GB', 'great britain': 'GB', england: 'GB', scotland: 'GB', wales: 'GB', 'u k': 'GB', britain: 'GB',
  el: 'GR', usa: 'US', 'u s a': 'US', 'u s': 'US', america: 'US', 'united states': 'US',
  prc: 'CN', 'p r china': 'CN', 'p r c': 'CN', 'china mainland': 'CN', 'mainland china': 'CN',
  holland: 'NL', korea: 'KR', 'south korea': 'KR', 'republic of korea': 'KR', 'north korea': 'KP',
  russia: 'RU', vietnam: 'VN', 'viet nam': 'VN', taiwan: 'TW', 'hong kong': 'HK', iran: 'IR',
  syria: 'SY', turkey: 'TR', turkiye: 'TR', 'czech republic': 'CZ', czechia: 'CZ', macau: 'MO',
  deutschland: 'DE', brd: 'DE', 'the netherlands': 'NL', 'ivory coast': 'CI', 'cote d ivoire': 'CI',
  laos: 'LA', moldova: 'MD', tanzania: 'TZ', bolivia: 'BO', venezuela: 'VE', kosovo: 'XK',
};

let namesIndex: Map<string, string> | undefined;

/** Country names in every registered language (and ISO alpha-3 codes) → alpha-2; built on first use. */
function countryNames(): Map<string, string> {
  return (namesIndex ??= new Map(COUNTRY_NAMES_AT_BUILD ?? compileCountryNames()));
}

/**
 * The names index's entries, in its order (a typo's guess reads it in order): computed at build
 * for the command line (country-names-at-build.ts), by this function everywhere else.
 */
export function compileCountryNames(): [string, string][] {
  const index = new Map(Object.entries(KNOWN_MISTAKES));
  for (const [alpha3, alpha2] of Object.entries(countries.getAlpha3Codes())) {
    index.set(alpha3.toLowerCase(), alpha2);
  }
  // Read from the locale data registered above, as getNames(language, { select: 'all' }) gives
  // it (a name, or a list of names, per code) without the copy of each locale it makes first.
  for (const { countries: names } of LOCALES) {
    for (const code in names) {
      const written = names[code as keyof typeof names] as string | readonly string[];
      if (typeof written === 'string') addName(index, written, code);
      else for (let i = 0; i < written.length; i++) addName(index, written[i]!, code);
    }
  }
  return [...index];
}

/** A country's name under its words, unless an earlier language or alias has those words already. */
function addName(index: Map<string, string>, name: string, code: string): void {
  const key = normalizeWords(name);
  if (!index.has(key)) index.set(key, code);
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
