import type { ScheduleLine } from '../schedule/tariff-schedule';
import { codeAt, indexOfCode } from './packed-codes';

/**
 * The built-in schedule's lines, kept as sorted code numbers and one attribute set per code; a
 * line object (and its code string) is made when it is first asked for. Decoding 22,000 line
 * objects into a Map up front costs tens of milliseconds when the code is cold (every
 * command-line run); a check asks for a few hundred distinct codes. Lookups are a binary search.
 */
export class PackedScheduleLines implements ReadonlyMap<string, ScheduleLine> {
  private readonly made = new Map<number, ScheduleLine>();

  constructor(
    /** The codes as numbers, sorted by code text; `lengths` keeps their digits count (leading zeros). */
    private readonly numbers: Float64Array,
    private readonly lengths: Uint8Array,
    /** Per code, the number of its attribute set. */
    private readonly setOfLine: Uint16Array,
    /** What a line of each set has besides its code (decoded when first asked for). */
    private readonly attributesOf: (set: number) => Omit<ScheduleLine, 'code'>,
  ) {}

  get size(): number {
    return this.numbers.length;
  }

  get(code: string): ScheduleLine | undefined {
    const index = this.indexOf(code);
    return index < 0 ? undefined : this.lineAt(index);
  }

  has(code: string): boolean {
    return this.indexOf(code) >= 0;
  }

  *keys(): MapIterator<string> {
    for (let i = 0; i < this.numbers.length; i++) yield this.codeAt(i);
  }

  *values(): MapIterator<ScheduleLine> {
    for (let i = 0; i < this.numbers.length; i++) yield this.lineAt(i);
  }

  *entries(): MapIterator<[string, ScheduleLine]> {
    for (let i = 0; i < this.numbers.length; i++) yield [this.codeAt(i), this.lineAt(i)];
  }

  [Symbol.iterator](): MapIterator<[string, ScheduleLine]> {
    return this.entries();
  }

  forEach(callback: (line: ScheduleLine, code: string, map: ReadonlyMap<string, ScheduleLine>) => void): void {
    for (let i = 0; i < this.numbers.length; i++) callback(this.lineAt(i), this.codeAt(i), this);
  }

  /**
   * The codes that begin with `prefix`, in order, found by binary search: sorted codes sharing a
   * prefix are neighbours, so listing the lines under a subheading makes no other line.
   */
  codesStartingWith(prefix: string): string[] {
    const codes: string[] = [];
    if (prefix.length === 0 || prefix.length > 12 || !/^\d+$/.test(prefix)) return codes;
    for (let i = this.firstAtOrAfter(prefix); i < this.numbers.length; i++) {
      const code = this.codeAt(i);
      if (!code.startsWith(prefix)) break;
      codes.push(code);
    }
    return codes;
  }

  private codeAt(index: number): string {
    return codeAt(this.numbers, this.lengths, index);
  }

  private indexOf(code: string): number {
    return indexOfCode(this.numbers, this.lengths, code);
  }

  /** Index of the first code that sorts at or after `digits` (digits only, 1 to 12 of them). */
  private firstAtOrAfter(digits: string): number {
    const key = Number(digits) * 10 ** (12 - digits.length);
    let low = 0;
    let high = this.numbers.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const length = this.lengths[middle]!;
      const found = this.numbers[middle]! * 10 ** (12 - length);
      if (found < key || (found === key && length < digits.length)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private lineAt(index: number): ScheduleLine {
    let line = this.made.get(index);
    if (!line) this.made.set(index, (line = { code: this.codeAt(index), ...this.attributesOf(this.setOfLine[index]!) }));
    return line;
  }
}
