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
  if (packed === '') return [];
  const values: number[] = [];
  for (const run of packed.split(',')) {
    const star = run.indexOf('*');
    const value = parseInt(star < 0 ? run : run.slice(0, star), 36);
    const count = star < 0 ? 1 : parseInt(run.slice(star + 1), 36);
    for (let i = 0; i < count; i++) values.push(value);
  }
  return values;
}
