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
import { KNOWN_MISTAKES } from './country-aliases';
import { normalizeWords } from './text';

// The languages catalogs are written in — those header words are read in (mapping/word-concepts.ts,
// unspaced-words.ts) — and not the other sixty the package has.
const LOCALES = [en, de, fr, es, nl, it, pt, pl, ru, tr, zh, ja, ko];

/**
 * The country names index (values/country.ts) as entries, in its order (a typo's guess reads it
 * in order): known aliases, ISO alpha-3 codes, then each language's names under their words.
 *
 * The command line's bundle holds this module as its result (scripts/build-cli.mjs): mapping asks
 * for the index in every check, and folding ~4,000 names with cold code, and loading thirteen
 * languages' tables to do it, cost every start. Everywhere else it runs on first use.
 */
export function compileCountryNames(): [string, string][] {
  const index = new Map(Object.entries(KNOWN_MISTAKES));
  for (const [alpha3, alpha2] of Object.entries(countries.getAlpha3Codes())) {
    index.set(alpha3.toLowerCase(), alpha2);
  }
  // Read from the locale data as getNames(language, { select: 'all' }) gives it (a name, or a
  // list of names, per code) without the copy of each locale it makes first.
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
