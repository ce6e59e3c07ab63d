import { describeColumn, type ValueKind } from './column-content';
import { type ColumnMapping, type ColumnMatch, decideMapping, type MappingOverrides } from './decide-mapping';

export {
  type ColumnMapping,
  type ColumnMatch,
  type MappingCandidate,
  MappingError,
  type MappingOverrides,
  type MatchKind,
  type ValueEvidence,
} from './decide-mapping';

/**
 * Map table columns to catalog fields from their headers and, when rows are given, their values:
 * a column of 10-digit codes is the tariff code whatever its header says, a header "Country"
 * over ISO codes is confirmed, line-number columns are set aside. Overrides win over everything.
 */
export function mapColumns(
  headers: readonly string[],
  overrides: MappingOverrides = {},
  rows: readonly (readonly string[])[] = [],
): ColumnMapping {
  const contents = rows.length > 0 ? headers.map((_, column) => describeColumn(rows, column)) : [];
  return decideMapping(headers, contents, overrides);
}

const KIND_NAMES: Record<ValueKind, string> = {
  'tariff-code': 'tariff codes',
  country: 'countries',
  currency: 'currency codes',
  mid: 'MIDs',
  incoterm: 'Incoterms',
  'quantity-unit': 'units of quantity',
  number: 'numbers',
  text: 'words',
  identifier: 'codes of letters and digits',
};

function sureness(confidence: number | undefined): string {
  if (confidence === undefined || confidence >= 0.95) return 'certain';
  return confidence >= 0.7 ? 'likely' : 'possible';
}

/** Why a column was read as its field, in a filer's words: which header words, which values, how sure. */
export function explainMatch(match: ColumnMatch): string {
  if (match.how === 'override') return 'set by you';
  const reasons: string[] = [];
  if (match.synonym) {
    const words = match.headerWords?.join(' ') ?? match.synonym;
    reasons.push(match.how === 'exact' ? `header says "${words}"` : `header contains "${words}"`);
  }
  if (match.values) {
    const examples = match.values.examples.length > 0 ? `, e.g. ${match.values.examples.join(', ')}` : '';
    reasons.push(`values ${Math.round(match.values.share * 100)}% ${KIND_NAMES[match.values.kind]}${examples}`);
  }
  return `${reasons.join('; ')}; ${sureness(match.confidence)}`;
}

/** One line per mapped column, e.g. `hts ← "Ref 3" (values 100% tariff codes, e.g. 8471.30.0100; certain)`. */
export function explainMapping(mapping: ColumnMapping): string[] {
  const lines = mapping.matches.map((m) => `${m.field} ← "${m.header}" (${explainMatch(m)})`);
  for (const { header } of mapping.lineNumberColumns) {
    lines.push(`line numbers ← "${header}" (counts the lines: left out of duplicate detection)`);
  }
  return lines;
}
