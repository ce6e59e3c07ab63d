import { z } from 'zod';
import { packCodes, unpackCodes } from './packed-codes';

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

export const section301SnapshotSchema = z.object({
  format: z.literal('customs-preflight/us-section301@1'),
  source: z.string(),
  file: z.string(),
  /** Packed 8-digit codes per rate ("25.0", "7.5"). */
  byRate: z.record(z.string().regex(/^\d+(\.\d+)?$/), z.string()),
});

export type Section301Snapshot = z.infer<typeof section301SnapshotSchema>;

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

export function decodeSection301(data: unknown): Section301List {
  const snapshot = section301SnapshotSchema.parse(data);
  const rates = new Map<string, number>();
  for (const [rate, packed] of Object.entries(snapshot.byRate)) {
    for (const code of unpackCodes(packed)) rates.set(code, Number(rate));
  }
  return { source: snapshot.source, rates };
}
