import { JURISDICTIONS } from '../model/jurisdiction';
import { vagueTermIn } from '../values/vague-description';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

/** Fewer letters than this cannot say what goods are, of what, for what. */
const MIN_LETTERS = 8;
/** A part number or code in place of words: "PN 4432", "X1", "SKU-12-A". */
const CODE_LIKE = /^[A-Z]{0,4}[\s#:.-]*[\dA-Z][\dA-Z\s./-]*$/;

export const descriptionShort: RowRule = {
  scope: 'row',
  id: 'description-short',
  title: 'Description is too short or just a code',
  severity: 'warning',
  fields: ['description'],
  jurisdictions: JURISDICTIONS,
  help:
    'A description of one short word, a part number or a code ("Item", "X1", "PN 4432") cannot be classified or checked by an officer. ' +
    'This is a warning: a few short terms are precise ("Rice"), but most need the material and use.',
  source: { name: '19 CFR 141.86(a)(3) (detailed description of the merchandise)', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-141/subpart-F/section-141.86' },
  check(row) {
    const text = row.text('description');
    // Empty cells are cell-required's; vague terms are description-vague's.
    if (text === '' || vagueTermIn(text)) return NO_FINDINGS;
    const letters = text.replace(/[^\p{L}]/gu, '').length;
    const looksLikeCode = /\d/.test(text) && CODE_LIKE.test(text.toUpperCase()) && !/[a-z]{4,}/i.test(text);
    const sameAsCode = [row.text('sku'), row.text('hts')].some((other) => other !== '' && other === text);
    if (letters >= MIN_LETTERS && !looksLikeCode && !sameAsCode) return NO_FINDINGS;
    const what = looksLikeCode || sameAsCode ? 'a code, not a description' : 'too short to describe the goods';
    return [
      cellFinding(this, row, 'description', `"${text}" is ${what}.`, {
        fix: 'Describe the goods in words: what they are, of what material, for what use.',
      }),
    ];
  },
};
