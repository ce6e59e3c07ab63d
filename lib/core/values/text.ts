/** Text normalisation shared by header matching, country names and description checks. */

/** Accents, and Arabic's short vowels and hamza marks (often left unwritten: "المنشأ", "المنشا"). */
const COMBINING_MARKS = /[\u0300-\u036f\u064b-\u0655\u0670]/g;

/** Korean letters and kana voicing marks, which NFD splits off and which must be put back together. */
const SPLIT_NOT_ACCENT = /[\u1100-\u11ff\u3099\u309a]/;

/**
 * Lower case, accents removed ("Währung" → "wahrung"), so spelling variants compare equal.
 * Korean syllables and voiced kana ("ド") are decomposed by NFD too, but what that splits off is
 * part of the letter, not an accent: they are composed again.
 */
export function foldAccents(text: string): string {
  const bare = text.normalize('NFD').replace(COMBINING_MARKS, '');
  return (SPLIT_NOT_ACCENT.test(bare) ? bare.normalize('NFC') : bare).toLowerCase();
}

/**
 * Scripts whose one character is a syllable or a word (Chinese, Japanese, Korean), as a regular
 * expression class body: how much a description says is weighed by them (rules/description-short.ts).
 */
export const SYLLABIC_SCRIPT = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';

/** Scripts written without spaces between words, Thai too: headers in them are cut into known words (mapping/unspaced-words.ts). */
export const UNSPACED_SCRIPT = `${SYLLABIC_SCRIPT}\\p{Script=Thai}`;

/** Letters folding leaves as they are but that compare as others: Turkish ı, Vietnamese đ, German ß. */
const LETTER_SPELLINGS: Record<string, string> = { ß: 'ss', ı: 'i', đ: 'd' };

/** Folded text with every run of characters that are not letters, digits or their marks turned into one space. */
export function normalizeWords(text: string): string {
  return foldAccents(text)
    // "Ağırlık" and "AGIRLIK" are one word, "Đơn giá" and "Don gia" too.
    .replace(/[ßıđ]/g, (letter) => LETTER_SPELLINGS[letter]!)
    // Marks that remain after folding belong to their letters (Thai vowels and tones): kept in the word.
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** Levenshtein distance, stopping early once it exceeds `limit` (typo matching only needs small distances). */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The text without surrounding white space, as trim() gives it, but without a call for the common
 * cell that starts and ends with a visible ASCII character: the engine trims every cell it reads.
 */
export function trimmed(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
}
