/**
 * A field's name without the line number an accessible form adds to it. Forms that label each
 * line's controls for screen readers make every label unique: "Quantity, line 1", "Line 1
 * quantity", "Qty (row 1)", "Cantidad línea 1". Taken as a header, that number would name the
 * column after its first line. Only a number that changes from one line to the next is a line
 * number: "Address line 1" on every line is a field of its own and keeps its number.
 */

/** Words that say "line" before its number, in the languages the header vocabulary knows. */
const LINE_WORD = /(?:line|row|item|pos(?:ition)?|no|nr|n°|nº|#|l[ií]nea|fila|art[ií]culo|partida|zeile|posten|ligne|rang[ée]e|article|linha|sat[ıi]r|kalem|行|第)\.?\s*[#:]?\s*$/iu;
/** Words that say "line" after its number ("第1行", "1 번"). */
const LINE_WORD_AFTER = /^\s*(?:行|項|번)/u;
/** A word left dangling before the removed line: "HTS code for item 1". */
const DANGLING_WORD = /\s+(?:for|of|on|in|de|del|en|für|pour|zu)\s*$/iu;
/** What is left around a removed number: brackets left empty, separators at either end. */
const EMPTY_BRACKETS = /[([]\s*[)\]]/gu;
const EDGE_SEPARATORS = /^[\s,;:–—\-#.]+|[\s,;:–—\-#]+$/gu;

/**
 * `first` is the field's name on the first line, `next` its name on the line after it (null when
 * there is none). Returns `first` without its line number when the two differ in one number only.
 */
export function fieldNameWithoutLineNumber(first: string, next: string | null): string {
  if (next === null || next === first) return first;
  const firstParts = first.split(/(\d+)/u);
  const nextParts = next.split(/(\d+)/u);
  if (firstParts.length !== nextParts.length) return first;
  let changed = -1;
  for (let i = 0; i < firstParts.length; i++) {
    if (firstParts[i] === nextParts[i]) continue;
    // Text around the numbers must be the same, and only one number may change.
    if (i % 2 === 0 || changed !== -1) return first;
    changed = i;
  }
  if (changed === -1) return first;
  const before = firstParts.slice(0, changed).join('').replace(LINE_WORD, '').replace(DANGLING_WORD, '');
  const after = firstParts.slice(changed + 1).join('').replace(LINE_WORD_AFTER, '');
  const name = `${before} ${after}`.replace(EMPTY_BRACKETS, '').replace(/\s+/gu, ' ').replace(EDGE_SEPARATORS, '').trim();
  return name === '' ? first : name;
}
