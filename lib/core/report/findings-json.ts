import { type FindingKind, FindingList, type FindingSeries } from '../model/finding-list';
import { hasHiddenCharacters } from './safe-text';
import { Utf8Piece } from './utf8-piece';

/**
 * The findings of an issues@1 export as compact JSON in UTF-8, written from their parts: each
 * finding's bytes are exactly what JSON.stringify makes of the finding as exported
 * (issues-export.ts), with `hiddenCharacters` after its texts when one of them holds a hidden
 * character.
 *
 * A report's findings share their texts: a 100,000-row check had 88,000 findings with a few
 * thousand distinct messages, values and fixes, and a few dozen kinds (rule, severity, column).
 * Each distinct text is escaped, tested for hidden characters and encoded once, each kind's keys
 * once, and a finding is those bytes copied: no finding object is made, no finding serialized and
 * no report text encoded (in a profile of that check, making, serializing, testing and encoding
 * the findings took a fifth of the command line's time).
 */

/** The texts of a finding that may come from the catalog, and so may hold hidden characters, in the order `hiddenCharacters` names them. */
export const FINDING_TEXTS = ['column', 'value', 'message', 'fix'] as const;

const encoder = new TextEncoder();

/** A text as JSON in UTF-8, and whether it holds a hidden character. */
interface TextAsJson {
  bytes: Uint8Array;
  hidden: boolean;
}

/** A kind of finding as JSON: what comes before its row, and between its row and its value. */
interface KindAsJson {
  beforeRow: Uint8Array;
  beforeValue: Uint8Array;
  columnHidden: boolean;
}

/**
 * Distinct texts kept at most: a report of all-different messages (a description quoted in each)
 * would otherwise keep them all; past this the texts are forgotten and learnt again.
 */
const MAX_TEXTS_KEPT = 50_000;

/** Each distinct text as JSON, worked out when first written. */
class TextsAsJson {
  private readonly known = new Map<string, TextAsJson>();

  of(text: string): TextAsJson {
    let found = this.known.get(text);
    if (found === undefined) {
      if (this.known.size >= MAX_TEXTS_KEPT) this.known.clear();
      found = { bytes: encoder.encode(JSON.stringify(text)), hidden: hasHiddenCharacters(text) };
      this.known.set(text, found);
    }
    return found;
  }
}

function kindAsJson({ ruleId, severity, field, column }: FindingKind): KindAsJson {
  return {
    beforeRow: encoder.encode(`{"ruleId":${JSON.stringify(ruleId)},"severity":${JSON.stringify(severity)},"row":`),
    beforeValue: encoder.encode(`,"field":${JSON.stringify(field)},"column":${JSON.stringify(column)},"value":`),
    columnHidden: column !== null && hasHiddenCharacters(column),
  };
}

const COMMA = encoder.encode(',');
const NULL = encoder.encode('null');
const MESSAGE = encoder.encode(',"message":');
const FIX = encoder.encode(',"fix":');
const END = encoder.encode('}');

function hiddenCharactersJson(column: boolean, value: boolean, message: boolean, fix: boolean): Uint8Array {
  const flags = [column, value, message, fix];
  return encoder.encode(`,"hiddenCharacters":${JSON.stringify(FINDING_TEXTS.filter((_, i) => flags[i]))}`);
}

/**
 * The findings as the elements of a JSON array in UTF-8, `perPiece` findings a piece, each piece
 * after the first starting with its comma. A series of finding objects is taken into a
 * FindingList first, so both are written by one writer.
 */
export function* findingsJsonPieces(findings: FindingSeries, perPiece: number): Generator<Uint8Array> {
  const list = findings instanceof FindingList ? findings : FindingList.of(findings);
  const texts = new TextsAsJson();
  const kinds = new Map<FindingKind, KindAsJson>();
  let piece = new Utf8Piece();
  for (let start = 0; start < list.length; start += perPiece) {
    const end = Math.min(list.length, start + perPiece);
    for (let i = start; i < end; i++) {
      const kindParts = list.kindAt(i);
      let kind = kinds.get(kindParts);
      if (kind === undefined) kinds.set(kindParts, (kind = kindAsJson(kindParts)));
      const row = list.rowAt(i);
      const valueText = list.valueAt(i);
      const fixText = list.fixAt(i);
      const value = valueText === null ? null : texts.of(valueText);
      const message = texts.of(list.messageAt(i));
      const fix = fixText === undefined ? null : texts.of(fixText);
      if (i > 0) piece.write(COMMA);
      piece.write(kind.beforeRow);
      if (row === null) piece.write(NULL);
      else piece.writeWholeNumber(row);
      piece.write(kind.beforeValue);
      piece.write(value === null ? NULL : value.bytes);
      piece.write(MESSAGE);
      piece.write(message.bytes);
      if (fix !== null) {
        piece.write(FIX);
        piece.write(fix.bytes);
      }
      if (kind.columnHidden || value?.hidden || message.hidden || fix?.hidden) {
        piece.write(hiddenCharactersJson(kind.columnHidden, value?.hidden === true, message.hidden, fix?.hidden === true));
      }
      piece.write(END);
    }
    yield piece.bytes();
    piece = piece.next();
  }
}
