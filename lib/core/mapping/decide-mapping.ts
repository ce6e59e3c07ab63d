import { FIELD_IDS, type FieldId } from '../model/fields';
import { normalizeWords } from '../values/text';
import type { ColumnContent, ValueKind } from './column-content';
import { type HeaderClue, headerClues, namesOtherThing, rowIdHeaderScore } from './header-evidence';

/** How a column came to be mapped to a field, so the mapping can be explained and corrected. */
export type MatchKind = 'override' | 'exact' | 'contains' | 'content';

/** The values that decided (or confirmed) a mapping: "96% tariff codes, e.g. 8471.30.0100". */
export interface ValueEvidence {
  kind: ValueKind;
  /** Share of the sampled cells of that kind, 0–1. */
  share: number;
  examples: string[];
}

export interface ColumnMatch {
  field: FieldId;
  /** 0-based column index in the table. */
  column: number;
  header: string;
  how: MatchKind;
  /** The vocabulary wording that matched (for `exact`/`contains`). */
  synonym?: string;
  /** How sure the mapping is, 0–1 (1 for overrides and headers that say exactly the field, confirmed by the values). */
  confidence?: number;
  /** The header's words, as read, that matched the wording ("country origin" for "Ctry of Orig."). */
  headerWords?: string[];
  /** The values that decided or confirmed the mapping. */
  values?: ValueEvidence;
}

/** A column that might hold a field nothing was mapped to, and why it was not taken. */
export interface MappingCandidate {
  column: number;
  header: string;
  /** 0–1: how much the header or values point at the field. */
  score: number;
  why: string;
}

export interface ColumnMapping {
  matches: ColumnMatch[];
  /** Column index per field, -1 when the field is not in the table. */
  columnOf: Record<FieldId, number>;
  unmappedHeaders: string[];
  /** Columns that number the lines ("Line", "Pos."): not a field, and ignored when comparing lines. */
  lineNumberColumns: { column: number; header: string }[];
  /** For fields a declaration needs that no column was mapped to: the closest columns, best first. */
  candidates: Partial<Record<FieldId, MappingCandidate[]>>;
}

/** Caller's corrections: field → header text (compared case- and accent-insensitively). */
export type MappingOverrides = Partial<Record<FieldId, string>>;

export class MappingError extends Error {}

/** The kind of value each field holds; kinds that only a field of that kind has can map a column on their own. */
const FIELD_KIND: Partial<Record<FieldId, ValueKind>> = {
  sku: 'identifier',
  description: 'text',
  hts: 'tariff-code',
  origin: 'country',
  mfrCountry: 'country',
  quantity: 'number',
  unit: 'quantity-unit',
  unitValue: 'number',
  lineValue: 'number',
  currency: 'currency',
  netWeight: 'number',
  grossWeight: 'number',
  weightUnit: 'quantity-unit',
  manufacturer: 'text',
  mfrAddress: 'text',
  mid: 'mid',
  incoterm: 'incoterm',
};
const TELLING_KINDS: readonly ValueKind[] = ['tariff-code', 'country', 'currency', 'mid', 'incoterm', 'quantity-unit'];
/** Fields a column may be given for its values alone, when its header says nothing. */
const CONTENT_FIELDS: readonly FieldId[] = ['hts', 'origin', 'currency', 'mid', 'incoterm', 'unit'];

/** Values of one kind in this share of a column make it that kind's column. */
const TELLING_SHARE = 0.6;
/** A header explaining at least this share of itself keeps the column from being mapped by values alone. */
const HEADER_SAYS_SOMETHING = 0.5;
/** Below this, a header match is too loose to map on ("Customer reference notes" → sku). */
const MIN_HEADER_SCORE = 0.34;
/** How much agreeing values add to a header match: enough to settle ties, never to outweigh the header. */
const CONTENT_CONFIRMS = 0.2;

interface Evidence {
  field: FieldId;
  column: number;
  score: number;
  how: 'exact' | 'contains' | 'content';
  clue?: HeaderClue;
  values?: ValueEvidence;
}

function valueEvidence(content: ColumnContent | undefined, kind: ValueKind | undefined): ValueEvidence | undefined {
  if (!content || !kind || content.sampled === 0 || content.shares[kind] === 0) return undefined;
  return { kind, share: Math.round(content.shares[kind] * 100) / 100, examples: content.examples[kind] ?? [] };
}

/** The telling kind most of a column's values are, if one is. */
function tellingKind(content: ColumnContent | undefined): { kind: ValueKind; share: number } | null {
  if (!content || content.sampled < 2) return null;
  let best: { kind: ValueKind; share: number } | null = null;
  for (const kind of TELLING_KINDS) {
    const share = content.shares[kind];
    if (share >= TELLING_SHARE && (!best || share > best.share)) best = { kind, share };
  }
  return best;
}

/**
 * Values that say the column cannot be this field: tariff codes under "Ref 3" are no part numbers.
 * A header that names the field exactly keeps it over values that are merely unreadable ("Tariff"
 * over codes scanned with O for 0): the rules then report each bad value, which is what helps.
 */
function contradicts(content: ColumnContent | undefined, field: FieldId, headerScore: number): boolean {
  if (!content || content.sampled < 3) return false;
  const expected = FIELD_KIND[field];
  if (!expected) return false;
  const telling = tellingKind(content);
  if (telling && telling.kind !== expected && telling.share >= 0.8 && content.shares[expected] < 0.3) return true;
  if (headerScore >= 1) return false;
  // A loose header over a column with almost none of the field's values: "Code remarks" over free text.
  if (TELLING_KINDS.includes(expected) && content.sampled >= 5 && content.shares[expected] < 0.2) return true;
  return expected === 'number' && content.shares.number < 0.5;
}

function isLineNumberColumn(header: string, clues: readonly HeaderClue[], content: ColumnContent | undefined): boolean {
  const headerSays = rowIdHeaderScore(header);
  const strongField = clues.find((clue) => clue.score >= 0.9 && clue.field !== 'sku');
  if (!content) return headerSays === 1 && !strongField;
  if (content.lineNumbers) return headerSays > 0 || !strongField;
  return headerSays === 1 && !strongField && content.sampled > 0 && content.allDistinct && content.shares.number === 1 && /^\d+$/.test(content.examples.number?.[0] ?? '');
}

/**
 * Decide which column holds which field from what the headers say and what the values are.
 * Overrides win; then the best-supported pairs are taken first, each field getting at most one
 * column and each column at most one field. `contents` is empty when only headers are known
 * (ranking a page's tables, finding the header row).
 */
export function decideMapping(
  headers: readonly string[],
  contents: readonly (ColumnContent | undefined)[],
  overrides: MappingOverrides = {},
): ColumnMapping {
  const columnOf = Object.fromEntries(FIELD_IDS.map((f) => [f, -1])) as Record<FieldId, number>;
  const matches: ColumnMatch[] = [];
  const taken = new Set<number>();

  for (const [field, wanted] of Object.entries(overrides) as [FieldId, string][]) {
    const target = normalizeWords(wanted);
    const column = headers.findIndex((h) => normalizeWords(h) === target);
    if (column < 0) {
      throw new MappingError(
        `Column "${wanted}" given for ${field} is not in the table. Headers are: ${headers.map((h) => `"${h}"`).join(', ')}.`,
      );
    }
    columnOf[field] = column;
    taken.add(column);
    matches.push({ field, column, header: headers[column]!, how: 'override', confidence: 1 });
  }

  const cluesOf = headers.map((header) => headerClues(header));
  const rowIdColumns = headers.flatMap((header, column) =>
    !taken.has(column) && isLineNumberColumn(header, cluesOf[column]!, contents[column]) ? [column] : [],
  );
  for (const column of rowIdColumns) taken.add(column);

  const evidence = headers.flatMap((_, column) => (taken.has(column) ? [] : columnEvidence(column, headers[column]!, cluesOf[column]!, contents[column])));
  evidence.sort((a, b) => b.score - a.score || FIELD_IDS.indexOf(a.field) - FIELD_IDS.indexOf(b.field) || a.column - b.column);
  for (const found of evidence) {
    if (columnOf[found.field] >= 0 || taken.has(found.column)) continue;
    columnOf[found.field] = found.column;
    taken.add(found.column);
    const match: ColumnMatch = { field: found.field, column: found.column, header: headers[found.column]!, how: found.how, confidence: Math.min(1, Math.round(found.score * 100) / 100) };
    if (found.clue) {
      match.synonym = found.clue.wording;
      match.headerWords = found.clue.words;
    }
    if (found.values) match.values = found.values;
    matches.push(match);
  }
  matches.sort((a, b) => a.column - b.column);
  return {
    matches,
    columnOf,
    unmappedHeaders: headers.filter((_, column) => !taken.has(column)),
    lineNumberColumns: rowIdColumns.map((column) => ({ column, header: headers[column]! })),
    candidates: candidatesForMissing(headers, columnOf, taken, cluesOf, contents),
  };
}

function columnEvidence(column: number, header: string, clues: readonly HeaderClue[], content: ColumnContent | undefined): Evidence[] {
  const found: Evidence[] = [];
  let headerSays = 0;
  for (const clue of clues) {
    if (clue.score < MIN_HEADER_SCORE || contradicts(content, clue.field, clue.score)) continue;
    headerSays = Math.max(headerSays, clue.score);
    const values = valueEvidence(content, FIELD_KIND[clue.field]);
    found.push({
      field: clue.field,
      column,
      score: clue.score + CONTENT_CONFIRMS * (values?.share ?? 0),
      how: clue.score === 1 ? 'exact' : 'contains',
      clue,
      ...(values ? { values } : {}),
    });
  }
  // A header that says nothing ("Ref 3", "Col 7", blank) or says something its values deny: the values decide.
  // One that names another thing ("PO No.", "Invoice date", "Remarks") is that thing, whatever its values look like.
  const telling = tellingKind(content);
  if (headerSays < HEADER_SAYS_SOMETHING && telling && !namesOtherThing(header)) {
    for (const field of CONTENT_FIELDS) {
      if (FIELD_KIND[field] !== telling.kind) continue;
      found.push({ field, column, score: 0.9 * telling.share, how: 'content', values: valueEvidence(content, telling.kind)! });
    }
  }
  return found;
}

/** Fields every declaration line needs (and the value, either form): when unmapped, the columns closest to them. */
const NEEDED_FIELDS: readonly FieldId[] = ['description', 'hts', 'origin', 'quantity', 'unitValue', 'lineValue'];
const MAX_CANDIDATES = 3;

function candidatesForMissing(
  headers: readonly string[],
  columnOf: Record<FieldId, number>,
  taken: ReadonlySet<number>,
  cluesOf: readonly HeaderClue[][],
  contents: readonly (ColumnContent | undefined)[],
): Partial<Record<FieldId, MappingCandidate[]>> {
  const candidates: Partial<Record<FieldId, MappingCandidate[]>> = {};
  for (const field of NEEDED_FIELDS) {
    if (columnOf[field] >= 0) continue;
    const list: MappingCandidate[] = [];
    headers.forEach((header, column) => {
      if (taken.has(column)) return;
      const clue = cluesOf[column]!.find((c) => c.field === field);
      const kind = FIELD_KIND[field];
      const share = kind && contents[column] ? contents[column]!.shares[kind] : 0;
      const reasons: string[] = [];
      const denied = clue !== undefined && contradicts(contents[column], field, clue.score);
      if (clue) reasons.push(`header words "${clue.words.join(' ')}"${denied ? ', but its values do not look like it' : ''}`);
      if (share >= 0.3 && kind !== 'number' && kind !== 'text' && kind !== 'identifier') reasons.push(`${Math.round(share * 100)}% of its values look like ${kind}s`);
      if (reasons.length === 0) {
        const other = cluesOf[column]![0];
        reasons.push(other ? `header reads as ${other.field}, already mapped elsewhere` : 'header not recognised');
      }
      const score = Math.max(clue ? clue.score * (denied ? 0.3 : 1) : 0, share >= 0.3 ? share * 0.9 : 0);
      list.push({ column, header, score: Math.round(score * 100) / 100, why: reasons.join('; ') });
    });
    list.sort((a, b) => b.score - a.score || a.column - b.column);
    if (list.length > 0) candidates[field] = list.slice(0, MAX_CANDIDATES);
  }
  return candidates;
}
