import { FIELD_IDS, type FieldId } from '../model/fields';
import { headerWords } from './header-words';
import { HEADER_SYNONYMS, ROW_ID_HEADERS } from './header-synonyms';
import { HEADER_VOCABULARY_AT_BUILD } from './header-vocabulary-at-build';

/** What a header says about one field. */
export interface HeaderClue {
  field: FieldId;
  /** How much of the header the wording explains: 1 when it says exactly that, less beside other words. */
  score: number;
  /** The vocabulary wording matched, as written in header-synonyms.ts. */
  wording: string;
  /** The header's words that matched, as concepts ("country origin"). */
  words: string[];
}

export interface Wording {
  text: string;
  concepts: readonly string[];
}

function compile(wordings: readonly string[]): Wording[] {
  const seen = new Set<string>();
  const compiled: Wording[] = [];
  for (const text of wordings) {
    const concepts = [...new Set(headerWords(text).concepts)];
    const key = concepts.join(' ');
    if (concepts.length === 0 || seen.has(key)) continue;
    seen.add(key);
    compiled.push({ text, concepts });
  }
  return compiled;
}

/** The wordings of every field and of line-number columns, each read into its concepts: plain data. */
export interface HeaderVocabulary {
  fields: [FieldId, Wording[]][];
  rowId: Wording[];
}

/** Read every wording of header-synonyms.ts through the same word reading as the headers. */
export function compileHeaderVocabulary(): HeaderVocabulary {
  return { fields: FIELD_IDS.map((field) => [field, compile(HEADER_SYNONYMS[field])]), rowId: compile(ROW_ID_HEADERS) };
}

let vocabulary: Map<FieldId, Wording[]> | undefined;
let rowIdWordings: Wording[] | undefined;

function loadVocabulary(): void {
  const compiled = HEADER_VOCABULARY_AT_BUILD ?? compileHeaderVocabulary();
  vocabulary = new Map(compiled.fields);
  rowIdWordings = compiled.rowId;
}

function fieldVocabulary(): Map<FieldId, Wording[]> {
  if (!vocabulary) loadVocabulary();
  return vocabulary!;
}

/**
 * The best wording of a list the header's words contain, scored by the share of the header it explains.
 * Plain loops: this runs for every field's wordings on every header (twice a check: finding the
 * header row, then mapping), at the start of a command-line run, before any of it is warm.
 */
function bestWording(concepts: readonly string[], wordings: readonly Wording[]): { wording: Wording; score: number } | null {
  if (concepts.length === 0) return null;
  const present = new Set(concepts);
  let best: Wording | null = null;
  let bestScore = 0;
  for (let w = 0; w < wordings.length; w++) {
    const wording = wordings[w]!;
    const needed = wording.concepts;
    let all = true;
    for (let c = 0; c < needed.length; c++) {
      if (!present.has(needed[c]!)) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    const score = needed.length / present.size;
    if (!best || score > bestScore || (score === bestScore && needed.length > best.concepts.length)) {
      best = wording;
      bestScore = score;
    }
  }
  return best && { wording: best, score: bestScore };
}

/** Every field the header points at, best first. Empty for a header that says nothing ("Ref 3" says little, "Col 7" nothing). */
export function headerClues(header: string): HeaderClue[] {
  const { concepts } = headerWords(header);
  const clues: HeaderClue[] = [];
  for (const [field, wordings] of fieldVocabulary()) {
    const best = bestWording(concepts, wordings);
    if (best) clues.push({ field, score: best.score, wording: best.wording.text, words: [...best.wording.concepts] });
  }
  return clues.sort((a, b) => b.score - a.score);
}

/** How surely the header names a line-number column ("Line", "Pos.", "Lp."): 0 when it does not. */
export function rowIdHeaderScore(header: string): number {
  if (!rowIdWordings) loadVocabulary();
  return bestWording(headerWords(header).concepts, rowIdWordings!)?.score ?? 0;
}

/** Words of columns exports carry beside the goods: orders, invoices, dates, remarks, people. */
const OTHER_THINGS = new Set(['purchase', 'order', 'invoice', 'date', 'remarks', 'company']);

/** True when the header names something that is not a catalog field ("PO No.", "Invoice date", "Remarks"). */
export function namesOtherThing(header: string): boolean {
  return headerWords(header).concepts.some((concept) => OTHER_THINGS.has(concept));
}
