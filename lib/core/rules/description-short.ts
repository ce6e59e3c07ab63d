import type { CatalogRow } from '../catalog/catalog';
import { JURISDICTIONS } from '../model/jurisdiction';
import { SYLLABIC_SCRIPT } from '../values/text';
import { vagueTermIn } from '../values/vague-description';
import { FIELD_LABELS } from '../model/fields';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

/** Fewer letters than this cannot say what goods are, of what, for what. */
const MIN_LETTERS = 8;
/**
 * A Chinese or Japanese character, or a Korean syllable, says about as much as three Latin
 * letters: "男式棉衬衫" (men's cotton shirts) is five of them, "鋼製玉軸受" (steel ball bearings) too.
 */
const UNSPACED_LETTER_WEIGHT = 3;
const UNSPACED_LETTERS = new RegExp(`[${SYLLABIC_SCRIPT}]`, 'gu');
/** A part number or code in place of words: "PN 4432", "X1", "SKU-12-A". */
const CODE_LIKE = /^[A-Z]{0,4}[\s#:.-]*[\dA-Z][\dA-Z\s./-]*$/;

/**
 * The common case, decided in one pass: at least MIN_LETTERS letters and a run of four letters
 * (a word), which no code like "PN 4432" has.
 */
function plainlyWorded(text: string): boolean {
  let letters = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 32;
    if ((code >= 97 && code <= 122) || text.charCodeAt(i) > 191) {
      letters++;
      if (++run > longestRun) longestRun = run;
      if (letters >= MIN_LETTERS && longestRun >= 4) return true;
    } else {
      run = 0;
    }
  }
  return false;
}

export const descriptionShort: RowRule = {
  scope: 'row',
  id: 'description-short',
  title: 'Description is too short or just a code',
  severity: 'warning',
  fields: ['description'],
  jurisdictions: JURISDICTIONS,
  help:
    'A description of one short word, a part number or a code ("Item", "X1", "PN 4432"), or one that only repeats the line\'s ' +
    'part number or tariff code, cannot be classified or checked by an officer. ' +
    'This is a warning: a few short terms are precise ("Rice"), but most need the material and use.',
  source: { name: '19 CFR 141.86(a)(3) (detailed description of the merchandise)', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-141/subpart-F/section-141.86' },
  check(row) {
    const text = row.text('description');
    // Empty cells are cell-required's; vague terms are description-vague's.
    if (text === '') return NO_FINDINGS;
    const repeated = repeatedField(row, text);
    if (repeated) {
      return [cellFinding(this, row, 'description', `"${text}" only repeats the ${FIELD_LABELS[repeated].toLowerCase()}: it does not describe the goods.`, { fix: FIX })];
    }
    if (plainlyWorded(text) || vagueTermIn(text)) return NO_FINDINGS;
    const unspaced = text.match(UNSPACED_LETTERS)?.length ?? 0;
    const letters = text.replace(/[^\p{L}]/gu, '').length + (UNSPACED_LETTER_WEIGHT - 1) * unspaced;
    const looksLikeCode = /\d/.test(text) && CODE_LIKE.test(text.toUpperCase()) && !/[a-z]{4,}/i.test(text);
    if (letters >= MIN_LETTERS && !looksLikeCode) return NO_FINDINGS;
    return [cellFinding(this, row, 'description', `"${text}" is ${looksLikeCode ? 'a code, not a description' : 'too short to describe the goods'}.`, { fix: FIX })];
  },
};

const FIX = 'Describe the goods in words: what they are, of what material, for what use.';

/** Columns an ERP export often copies into the description when it has none. */
const REPEATED_FIELDS = ['sku', 'hts'] as const;

/** The column the description only repeats, if any (a loop, not a closure: it runs on every row). */
function repeatedField(row: CatalogRow, description: string): (typeof REPEATED_FIELDS)[number] | undefined {
  for (const field of REPEATED_FIELDS) if (sameText(row.text(field), description)) return field;
  return undefined;
}

function sameText(other: string, description: string): boolean {
  return other !== '' && other.length === description.length && other.toUpperCase() === description.toUpperCase();
}
