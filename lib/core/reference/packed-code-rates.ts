import { codeAt, indexOfCode, unpackCodeNumbers } from './packed-codes';

/** One rate's codes, unpacked as numbers (see unpackCodeNumbers). */
interface RateCodes {
  rate: number;
  numbers: Float64Array;
  lengths: Uint8Array;
}

/**
 * Codes and their rate (the Section 301 list), kept as each rate's sorted code numbers: a code's
 * string is made only when the map is listed. Unpacking 10,000 codes into strings and a Map cost
 * more than a check of a 1,000-row catalog at every command-line start; a check looks up a few
 * hundred codes, by binary search. Each code is under one rate (the snapshot is made from a Map).
 */
export class PackedCodeRates implements ReadonlyMap<string, number> {
  private readonly groups: RateCodes[];

  /** `packedByRate`: each rate with its packed codes (packCodes), in the snapshot's order. */
  constructor(packedByRate: readonly (readonly [rate: number, packed: string])[]) {
    this.groups = packedByRate.map(([rate, packed]) => {
      const { values, lengths } = unpackCodeNumbers(packed);
      return { rate, numbers: values, lengths };
    });
  }

  get size(): number {
    let size = 0;
    for (const group of this.groups) size += group.numbers.length;
    return size;
  }

  get(code: string): number | undefined {
    for (const group of this.groups) if (indexOfCode(group.numbers, group.lengths, code) >= 0) return group.rate;
    return undefined;
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }

  *entries(): MapIterator<[string, number]> {
    for (const { rate, numbers, lengths } of this.groups) {
      for (let i = 0; i < numbers.length; i++) yield [codeAt(numbers, lengths, i), rate];
    }
  }

  *keys(): MapIterator<string> {
    for (const [code] of this.entries()) yield code;
  }

  *values(): MapIterator<number> {
    for (const [, rate] of this.entries()) yield rate;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (rate: number, code: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [code, rate] of this.entries()) callback(rate, code, this);
  }
}
