import { PackedCodeRates } from './packed-code-rates';
import { packCodes } from './packed-codes';

/**
 * USTR's Section 301 lists (China): the 8-digit HTSUS subheadings that bear an additional duty
 * when the goods originate in China, and the rate. The line must also carry the Chapter 99
 * number (9903.88.xx / 9903.91.xx) of the list it is on.
 */
export interface Section301List {
  source: string;
  /** Additional duty in percent by 8-digit subheading. */
  rates: ReadonlyMap<string, number>;
}

export interface Section301Snapshot {
  format: 'customs-preflight/us-section301@1';
  source: string;
  file: string;
  /** Packed 8-digit codes per rate ("25.0", "7.5"). */
  byRate: Record<string, string>;
}

export function encodeSection301(rates: ReadonlyMap<string, string>, file: string, source: string): Section301Snapshot {
  const byRate: Record<string, string[]> = {};
  for (const [code, rate] of rates) (byRate[rate] ??= []).push(code);
  return {
    format: 'customs-preflight/us-section301@1',
    source,
    file,
    byRate: Object.fromEntries(Object.entries(byRate).sort(([a], [b]) => a.localeCompare(b)).map(([rate, codes]) => [rate, packCodes(codes.sort())])),
  };
}

/** Bundled code of this product, checked against its schema (reference-schemas.ts) by its test; at load, only its shape. */
function checkedSnapshot(data: unknown): Section301Snapshot {
  const snapshot = data as Partial<Section301Snapshot> | null;
  const byRate = snapshot?.byRate;
  if (snapshot?.format !== 'customs-preflight/us-section301@1' || typeof byRate !== 'object' || byRate === null || !Object.values(byRate).every((codes) => typeof codes === 'string')) {
    throw new Error('The built-in Section 301 list is damaged: it is not a customs-preflight/us-section301@1 snapshot.');
  }
  return snapshot as Section301Snapshot;
}

export function decodeSection301(data: unknown): Section301List {
  const snapshot = checkedSnapshot(data);
  const rates = new PackedCodeRates(Object.entries(snapshot.byRate).map(([rate, packed]) => [Number(rate), packed] as const));
  return { source: snapshot.source, rates };
}
