/**
 * Sorted tariff codes written compactly: each code as the count of leading digits it shares with
 * the code before it, then the rest (`8471300100,8471500150` → `08471300100,5500150`). Sibling
 * statistical lines share eight digits, so most codes take three or four characters instead of ten
 * before compression, and the list unpacks in one pass.
 */
export function packCodes(sortedCodes: readonly string[]): string {
  const records: string[] = [];
  let previous = '';
  for (const code of sortedCodes) {
    if (!/^\d{1,12}$/.test(code)) throw new Error(`"${code}" is not a tariff code of digits only.`);
    if (code <= previous) throw new Error(`Codes must be sorted and distinct: "${code}" follows "${previous}".`);
    let shared = 0;
    // One digit says how many are shared, so at most nine.
    while (shared < 9 && shared < code.length && code[shared] === previous[shared]) shared++;
    records.push(`${shared}${code.slice(shared)}`);
    previous = code;
  }
  return records.join(',');
}

export function unpackCodes(packed: string): string[] {
  if (packed === '') return [];
  const codes: string[] = [];
  let previous = '';
  for (let start = 0; start <= packed.length; ) {
    let end = packed.indexOf(',', start);
    if (end < 0) end = packed.length;
    const shared = packed.charCodeAt(start) - 48;
    const code = previous.slice(0, shared) + packed.slice(start + 1, end);
    codes.push(code);
    previous = code;
    start = end + 1;
  }
  return codes;
}


/**
 * The same list read as numbers (a 10-digit code fits a double exactly) with each code's length,
 * without making a string per code: the built-in schedule decodes 22,000 codes at every
 * command-line start, before any of its code is warm.
 */
export function unpackCodeNumbers(packed: string): { values: Float64Array; lengths: Uint8Array } {
  let count = packed === '' ? 0 : 1;
  for (let i = 0; i < packed.length; i++) if (packed.charCodeAt(i) === 44) count++;
  const values = new Float64Array(count);
  const lengths = new Uint8Array(count);
  // valueOfFirst[k]: the number the first k digits of the code before make, so a code's shared
  // digits cost nothing and only the three or four written after them are read (this runs cold).
  const valueOfFirst = new Float64Array(16);
  for (let i = 0, n = 0; i < packed.length; n++) {
    let length = packed.charCodeAt(i++) - 48; // digits shared with the code before
    let code = valueOfFirst[length]!;
    for (let c = packed.charCodeAt(i); i < packed.length && c !== 44; c = packed.charCodeAt(++i)) {
      code = code * 10 + (c - 48);
      valueOfFirst[++length] = code;
    }
    i++; // the comma
    values[n] = code;
    lengths[n] = length;
  }
  return { values, lengths };
}

/**
 * Where `code` is in a list unpacked by unpackCodeNumbers (sorted as text), by binary search; -1
 * when it is not there. Codes sorted as text are in the order of their digits left-aligned:
 * compared by value scaled to 12 digits, then by length.
 */
export function indexOfCode(numbers: Float64Array, lengths: Uint8Array, code: string): number {
  if (code.length === 0 || code.length > 12 || !/^\d+$/.test(code)) return -1;
  const key = Number(code) * 10 ** (12 - code.length);
  let low = 0;
  let high = numbers.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const length = lengths[middle]!;
    const found = numbers[middle]! * 10 ** (12 - length);
    if (found === key && length === code.length) return middle;
    if (found < key || (found === key && length < code.length)) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The code at `index` of a list unpacked by unpackCodeNumbers, as text. */
export function codeAt(numbers: Float64Array, lengths: Uint8Array, index: number): string {
  return String(numbers[index]).padStart(lengths[index]!, '0');
}

/**
 * A list of small numbers that repeat in runs (one attribute set per code, neighbours alike),
 * written as `value*count` in base 36, or `value` alone for a run of one.
 */
export function packRuns(values: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < values.length; ) {
    let end = i + 1;
    while (end < values.length && values[end] === values[i]) end++;
    const count = end - i;
    runs.push(count === 1 ? values[i]!.toString(36) : `${values[i]!.toString(36)}*${count.toString(36)}`);
    i = end;
  }
  return runs.join(',');
}

export function unpackRuns(packed: string): number[] {
  return [...unpackRunsInto(packed, new Uint16Array(countRuns(packed)))];
}

/** How many values a packed run list holds. */
export function countRuns(packed: string): number {
  return readRuns(packed, null);
}

/** Unpack into a typed array of the right length (see countRuns), reading the text once, no strings made. */
export function unpackRunsInto(packed: string, into: Uint16Array): Uint16Array {
  const count = readRuns(packed, into);
  if (count !== into.length) throw new Error(`The runs hold ${count} values, not ${into.length}.`);
  return into;
}

/**
 * The values a packed run list holds, written into `into` when given; how many. One loop with no
 * call per run: the built-in schedule's 10,000 runs are read at every command-line start, before
 * this code is warm.
 */
function readRuns(packed: string, into: Uint16Array | null): number {
  let at = 0;
  let value = 0;
  let count = 0;
  let inCount = false;
  for (let i = 0; i <= packed.length; i++) {
    const c = i < packed.length ? packed.charCodeAt(i) : 44;
    if (c === 44) {
      if (i > 0) {
        const run = inCount ? count : 1;
        if (into) {
          if (at + run > into.length) throw new Error(`The runs hold more than ${into.length} values.`);
          into.fill(value, at, at + run);
        }
        at += run;
      }
      value = count = 0;
      inCount = false;
    } else if (c === 42) {
      inCount = true;
    } else {
      const digit = c <= 57 ? c - 48 : c - 87; // base 36: 0-9, a-z
      if (inCount) count = count * 36 + digit;
      else value = value * 36 + digit;
    }
  }
  return at;
}
