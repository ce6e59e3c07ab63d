import { normalizeWords, UNSPACED_SCRIPT } from '../values/text';
import { phraseAt } from './word-phrases';
import { readUnspaced, UNSPACED_LETTER } from './unspaced-words';
import { ANNOTATION_WORDS, COMPOUND_ENDINGS, COMPOUND_PARTS, conceptOfPrefix, conceptOfWord, STOP_WORDS, TWO_WORD_ABBREVIATIONS } from './word-concepts';

/** A header read as words: the concepts it names, and what only qualifies it (units, currencies, digits). */
export interface HeaderWords {
  /** Concepts in header order, e.g. "Ctry of Orig." → `country origin`; words we do not know stay as they are. */
  concepts: string[];
  /** Units, currencies and numbers written in the header: "kg" in "Net Wt (kg)", "3" in "Ref 3". */
  annotations: string[];
}

/** German and Dutch compounds join their parts with these letters: Ursprung·s·land, Menge·n·einheit. */
const LINKERS = ['', 's', 'n', 'en', 'e', 'es'];
const MIN_COMPOUND = 7;

/**
 * Read a header the way a filer reads it: split camelCase and glued digits, spell out "#" and
 * "N°", join spelled letters ("U/M", "C.O.O."), drop words that carry no meaning, bring each word
 * to its concept (any of eight languages, abbreviations, plurals, truncations, compounds).
 */
export function headerWords(header: string): HeaderWords {
  // What brackets hold qualifies the header ("Net Wt (kg)", "Qty (pcs)", "Value [USD]"), unless it is all there is.
  const outside = header.replace(/[([{][^)\]}]*[)\]}]/g, ' ');
  const inside = [...header.matchAll(/[([{]([^)\]}]*)[)\]}]/g)].map((m) => m[1]).join(' ');
  const core = readWords(outside);
  if (core.concepts.length === 0) return readWords(header);
  const qualifiers = readWords(inside);
  return { concepts: core.concepts, annotations: [...core.annotations, ...qualifiers.concepts, ...qualifiers.annotations] };
}

const LATIN_THEN_UNSPACED = new RegExp(`([\\p{Script=Latin}\\p{N}])(?=[${UNSPACED_SCRIPT}])`, 'gu');
const UNSPACED_THEN_LATIN = new RegExp(`([${UNSPACED_SCRIPT}\\u30fc])(?=[\\p{Script=Latin}\\p{N}])`, 'gu');

function readWords(header: string): HeaderWords {
  const spelled = header
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .replace(/#|№|\b[Nn][°º]/g, ' number ')
    // "HSコード", "HS编码", "HS부호": a Latin code glued to words of a script written without spaces.
    .replace(LATIN_THEN_UNSPACED, '$1 ')
    .replace(UNSPACED_THEN_LATIN, '$1 ');
  const tokens = joinSpelledLetters(normalizeWords(spelled).split(' ').filter(Boolean));
  const concepts: string[] = [];
  const annotations: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      concepts.push(...phrase.concepts);
      i += phrase.length - 1;
      continue;
    }
    const token = tokens[i]!;
    if (/^\d+$/.test(token) || ANNOTATION_WORDS.has(token)) annotations.push(token);
    else if (!STOP_WORDS.has(token)) concepts.push(...conceptsOfToken(token));
  }
  return { concepts, annotations };
}

/**
 * "u m" → "um", "c o o" → "coo", "n w" → "nw": letters written with dots or slashes between them;
 * and a letter cut from its word by a dot, when together they make a known word ("Q.tà" → "qta",
 * "P. Unit." → "punit").
 */
function joinSpelledLetters(tokens: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let end = i;
    while (end < tokens.length && tokens[end]!.length === 1 && /[a-z]/.test(tokens[end]!)) end++;
    const next = tokens[i + 1];
    if (end - i >= 2) {
      joined.push(tokens.slice(i, end).join(''));
      i = end;
    } else if (end - i === 1 && next && ((next.length <= 3 && conceptOfWord(tokens[i]! + next)) || Object.hasOwn(TWO_WORD_ABBREVIATIONS, tokens[i]! + next))) {
      joined.push(tokens[i]! + next);
      i += 2;
    } else {
      joined.push(tokens[i]!);
      i++;
    }
  }
  return joined;
}

function conceptsOfToken(token: string): string[] {
  if (UNSPACED_LETTER.test(token)) return readUnspaced(token);
  if (Object.hasOwn(TWO_WORD_ABBREVIATIONS, token)) return [...TWO_WORD_ABBREVIATIONS[token]!];
  const direct = conceptOfWord(token) ?? conceptOfWord(singular(token)) ?? conceptOfWord(withoutArabicArticle(token));
  if (direct) return [direct];
  const compound = token.length >= MIN_COMPOUND ? splitCompound(token) : null;
  if (compound) return compound;
  const truncated = conceptOfPrefix(token);
  return [truncated ?? token];
}

/** An Arabic word without its article, written joined to it: "الكمية" (the quantity) → "كمية". */
function withoutArabicArticle(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}

/** Plurals of the header words we know: "Values", "Quantities", "Countries". */
function singular(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && conceptOfWord(word.slice(0, -2))) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/**
 * A compound read as its parts ("zolltarifnummer" → customs tariff number), or, failing a full
 * split, as an unknown first part and a known last one ("eigenmasse" → eigen weight).
 */
function splitCompound(word: string): string[] | null {
  const whole = splitFrom(word, 0, new Map());
  if (whole && whole.length >= 2) return whole;
  for (const part of COMPOUND_PARTS) {
    if (part.length >= 4 && word.length - part.length >= 3 && word.endsWith(part)) return [word.slice(0, -part.length), conceptOfWord(part)!];
  }
  return null;
}

function splitFrom(word: string, start: number, memo: Map<number, string[] | null>): string[] | null {
  if (start === word.length) return [];
  const ending = word.slice(start);
  if (start > 0 && COMPOUND_ENDINGS.includes(ending)) return [conceptOfWord(ending)!];
  if (memo.has(start)) return memo.get(start)!;
  let found: string[] | null = null;
  for (const part of COMPOUND_PARTS) {
    if (!word.startsWith(part, start)) continue;
    for (const linker of LINKERS) {
      const next = start + part.length;
      if (linker && !word.startsWith(linker, next)) continue;
      const rest = splitFrom(word, next + linker.length, memo);
      if (rest) {
        found = [conceptOfWord(part)!, ...rest];
        break;
      }
    }
    if (found) break;
  }
  memo.set(start, found);
  return found;
}
