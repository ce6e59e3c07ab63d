import { type FindingKind, FindingList, type FindingSeries } from '../model/finding-list';
import { JsonTexts } from './json-texts';
import { PIECE_RELEASED } from './report-pieces';
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

/** A kind of finding as JSON: what comes before its row, and between its row and its value. */
interface KindAsJson {
  beforeRow: Uint8Array;
  beforeValue: Uint8Array;
  columnHidden: boolean;
}

function kindAsJson({ ruleId, severity, field, column }: FindingKind): KindAsJson {
  return {
    beforeRow: encoder.encode(`{"ruleId":${JSON.stringify(ruleId)},"severity":${JSON.stringify(severity)},"row":`),
    beforeValue: encoder.encode(`,"field":${JSON.stringify(field)},"column":${JSON.stringify(column)},"value":`),
    columnHidden: column !== null && hasHiddenCharacters(column),
  };
}

/** In place of a text's number: no text (a null value, no fix). */
const NO_TEXT = -1;
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
 * FindingList first, so both are written by one writer. A piece is written over once its reader
 * passes PIECE_RELEASED to `next()` (see report-pieces.ts).
 */
export function* findingsJsonPieces(findings: FindingSeries, perPiece: number): Generator<Uint8Array, void, unknown> {
  const list = findings instanceof FindingList ? findings : FindingList.of(findings);
  const texts = new JsonTexts();
  const kinds = new Map<FindingKind, KindAsJson>();
  const piece = new Utf8Piece();
  for (let start = 0; start < list.length; start += perPiece) {
    const end = Math.min(list.length, start + perPiece);
    for (let i = start; i < end; i++) {
      const kindParts = list.kindAt(i);
      let kind = kinds.get(kindParts);
      if (kind === undefined) kinds.set(kindParts, (kind = kindAsJson(kindParts)));
      const row = list.rowAt(i);
      const valueText = list.valueAt(i);
      const fixText = list.fixAt(i);
      // The finding's three texts are learnt before any of their bytes is read (learning one may
      // move the buffer), and never forgotten in between.
      texts.keepRoomFor(3);
      const value = valueText === null ? NO_TEXT : texts.of(valueText);
      const message = texts.of(list.messageAt(i));
      const fix = fixText === undefined ? NO_TEXT : texts.of(fixText);
      if (i > 0) piece.write(COMMA);
      piece.write(kind.beforeRow);
      if (row === null) piece.write(NULL);
      else piece.writeWholeNumber(row);
      piece.write(kind.beforeValue);
      if (value === NO_TEXT) piece.write(NULL);
      else piece.writeRange(texts.bytes, texts.starts[value]!, texts.starts[value + 1]!);
      piece.write(MESSAGE);
      piece.writeRange(texts.bytes, texts.starts[message]!, texts.starts[message + 1]!);
      if (fix !== NO_TEXT) {
        piece.write(FIX);
        piece.writeRange(texts.bytes, texts.starts[fix]!, texts.starts[fix + 1]!);
      }
      const valueHidden = value !== NO_TEXT && texts.holdsHidden(value);
      const fixHidden = fix !== NO_TEXT && texts.holdsHidden(fix);
      if (kind.columnHidden || valueHidden || texts.holdsHidden(message) || fixHidden) {
        piece.write(hiddenCharactersJson(kind.columnHidden, valueHidden, texts.holdsHidden(message), fixHidden));
      }
      piece.write(END);
    }
    if ((yield piece.take()) === PIECE_RELEASED) piece.reuse();
  }
}
