import { type ColumnMapping, decideMapping } from './decide-mapping';

/**
 * A mapping from the headers alone, for deciding before any value is read: which of a page's
 * tables is the catalog, which row of a file is the header. Kept apart from the value
 * recognisers so the content script carries the vocabulary and nothing more.
 */
export function mapHeaders(headers: readonly string[]): ColumnMapping {
  return decideMapping(headers, []);
}
