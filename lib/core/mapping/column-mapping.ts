import { FIELD_IDS, type FieldId } from '../model/fields';
import { normalizeWords } from '../values/text';
import { HEADER_SYNONYMS } from './header-synonyms';

/** How a column came to be mapped to a field, so the mapping can be explained and corrected. */
export type MatchKind = 'override' | 'exact' | 'contains';

export interface ColumnMatch {
  field: FieldId;
  /** 0-based column index in the table. */
  column: number;
  header: string;
  how: MatchKind;
  /** The synonym that matched (for `exact`/`contains`), in normalised form. */
  synonym?: string;
}

export interface ColumnMapping {
  matches: ColumnMatch[];
  /** Column index per field, -1 when the field is not in the table. */
  columnOf: Record<FieldId, number>;
  unmappedHeaders: string[];
}

/** Caller's corrections: field → header text (compared case- and accent-insensitively). */
export type MappingOverrides = Partial<Record<FieldId, string>>;

export class MappingError extends Error {}

interface Candidate {
  field: FieldId;
  column: number;
  how: MatchKind;
  synonym: string;
  score: number;
}

/** Synonyms by normalised text, built once: exact matching is then one lookup per header. */
const EXACT_SYNONYMS = new Map<string, FieldId>();
for (const field of FIELD_IDS) {
  for (const synonym of HEADER_SYNONYMS[field]) {
    if (!EXACT_SYNONYMS.has(synonym)) EXACT_SYNONYMS.set(synonym, field);
  }
}

/** Headers often carry a unit or note in brackets: "Net Wt (kg)", "Value [USD]". */
function headerCore(header: string): string {
  return normalizeWords(header.replace(/[([{][^)\]}]*[)\]}]/g, ' '));
}

function candidatesFor(header: string, column: number): Candidate[] {
  const full = normalizeWords(header);
  const core = headerCore(header);
  const found: Candidate[] = [];
  for (const text of new Set([full, core])) {
    const exact = EXACT_SYNONYMS.get(text);
    if (exact) found.push({ field: exact, column, how: 'exact', synonym: text, score: 1000 });
  }
  const padded = ` ${core} `;
  for (const field of FIELD_IDS) {
    for (const synonym of HEADER_SYNONYMS[field]) {
      // Two-letter synonyms ("hs", "pn") are too easy to hit inside other headers.
      if (synonym.length < 3 || synonym === core) continue;
      if (padded.includes(` ${synonym} `)) {
        // The longer the matched wording, the more of the header it explains.
        found.push({ field, column, how: 'contains', synonym, score: synonym.length * 10 - core.length });
      }
    }
  }
  return found;
}

/**
 * Map table columns to catalog fields from their header text. Every field gets at most one
 * column and every column at most one field; the best-explained pairs are taken first, and
 * overrides win over everything.
 */
export function mapColumns(headers: readonly string[], overrides: MappingOverrides = {}): ColumnMapping {
  const columnOf = Object.fromEntries(FIELD_IDS.map((f) => [f, -1])) as Record<FieldId, number>;
  const matches: ColumnMatch[] = [];
  const takenColumns = new Set<number>();

  for (const [field, wanted] of Object.entries(overrides) as [FieldId, string][]) {
    const target = normalizeWords(wanted);
    const column = headers.findIndex((h) => normalizeWords(h) === target);
    if (column < 0) {
      throw new MappingError(
        `Column "${wanted}" given for ${field} is not in the table. Headers are: ${headers.map((h) => `"${h}"`).join(', ')}.`,
      );
    }
    columnOf[field] = column;
    takenColumns.add(column);
    matches.push({ field, column, header: headers[column]!, how: 'override' });
  }

  const candidates = headers.flatMap((header, column) => candidatesFor(header, column));
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  for (const candidate of candidates) {
    if (columnOf[candidate.field] >= 0 || takenColumns.has(candidate.column)) continue;
    columnOf[candidate.field] = candidate.column;
    takenColumns.add(candidate.column);
    matches.push({
      field: candidate.field,
      column: candidate.column,
      header: headers[candidate.column]!,
      how: candidate.how,
      synonym: candidate.synonym,
    });
  }
  matches.sort((a, b) => a.column - b.column);
  const unmappedHeaders = headers.filter((_, column) => !takenColumns.has(column));
  return { matches, columnOf, unmappedHeaders };
}

/** One line per mapped column, e.g. `hts ← "Tariff No." (header equals "tariff no")`. */
export function explainMapping(mapping: ColumnMapping): string[] {
  return mapping.matches.map((m) => {
    const why =
      m.how === 'override'
        ? 'set by you'
        : m.how === 'exact'
          ? `header equals "${m.synonym}"`
          : `header contains "${m.synonym}"`;
    return `${m.field} ← "${m.header}" (${why})`;
  });
}
