import type { TextEncoding } from './catalog-format';
import { CatalogReadError } from './catalog-read-error';

/**
 * Turn file bytes into text. ERP exports come as UTF-8 (with or without BOM), UTF-16 from
 * Excel's "Unicode text", or Windows-1252 from older systems; the bytes decide, never a guess
 * that loses characters: a file that is valid UTF-8 is read as UTF-8, anything else as 1252.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  return decodeCatalogText(bytes, file).text;
}

/** The text with the encoding it was read in, so a fixed catalog can be written back in the same one. */
export function decodeCatalogText(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding; bom: boolean } {
  const mark = byteOrderMarkOf(bytes);
  if (mark) return { text: piecesDecoder(mark.encoding)(bytes.subarray(mark.length), true), encoding: mark.encoding, bom: true };
  refuseBinary(bytes, file);
  try {
    return { text: piecesDecoder('utf-8', { strict: true })(bytes, true), encoding: 'utf-8', bom: false };
  } catch {
    return { text: piecesDecoder('windows-1252')(bytes, true), encoding: 'windows-1252', bom: false };
  }
}

/** The encoding a byte order mark at the start of the bytes names, and the mark's length; null without one. */
export function byteOrderMarkOf(bytes: Uint8Array): { encoding: TextEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Refuse bytes that are not text, from their first 8 KB (a file without a byte order mark). */
export function refuseBinary(bytes: Uint8Array, file: string): void {
  if (looksBinary(bytes)) {
    throw new CatalogReadError(
      file,
      'is not a text file (it contains binary data). Save the catalog as CSV (UTF-8), JSON or Excel workbook (.xlsx) and try again.',
    );
  }
}

/**
 * Decodes a file's bytes given a piece at a time (a character may be cut between two pieces):
 * `last` says the piece is the end. Strict UTF-8 throws a TypeError at bytes that are not UTF-8,
 * so the reader can fall back to Windows-1252 (the bytes decide, never a guess that loses characters).
 */
export function piecesDecoder(encoding: TextEncoding, { strict = false } = {}): (bytes: Uint8Array, last: boolean) => string {
  if (encoding === 'windows-1252') return (bytes) => decodeWindows1252(bytes);
  if (encoding === 'utf-8') return utf8PiecesDecoder(strict);
  const decoder = new TextDecoder(encoding, { fatal: strict });
  return (bytes, last) => decoder.decode(bytes, { stream: !last });
}

/**
 * UTF-8 pieces decoded whole, each up to its last complete character, the rest kept for the next:
 * Node decodes UTF-8 several times faster without `stream` (a tenth of reading a 10,000-row file).
 * A byte order mark is taken off the start of the text only, as one decoder of the whole would.
 */
function utf8PiecesDecoder(strict: boolean): (bytes: Uint8Array, last: boolean) => string {
  const first = new TextDecoder('utf-8', { fatal: strict });
  const next = new TextDecoder('utf-8', { fatal: strict, ignoreBOM: true });
  let started = false;
  let cut: Uint8Array | null = null;
  return (piece, last) => {
    let bytes = piece;
    if (cut) {
      bytes = new Uint8Array(cut.length + piece.length);
      bytes.set(cut);
      bytes.set(piece, cut.length);
      cut = null;
    }
    const end = last ? bytes.length : completeUtf8Length(bytes);
    if (end < bytes.length) cut = bytes.slice(end);
    if (end === 0 && !last) return '';
    const decoder = started ? next : first;
    started = true;
    return decoder.decode(bytes.subarray(0, end));
  };
}

/** The bytes up to the last whole UTF-8 character: a character cut at the end is left out. */
function completeUtf8Length(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 4; i--) {
    const byte = bytes[i]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return bytes.length - i < length ? i : bytes.length;
  }
  return bytes.length;
}

/**
 * Windows-1252 puts €, ‚ „ … ‘ ’ “ ” – — ™ Š Œ Ž š œ ž Ÿ at 0x80–0x9F. Node's TextDecoder (Node 20
 * at least) decodes that range as Latin-1 control characters, so "12 €" and "Men’s" came out
 * garbled; the range is mapped here. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as they are.
 */
export const CP1252_0X80 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_0X80[c.charCodeAt(0) - 0x80]!);
}

/** NUL bytes or many control characters in the first 8 KB mean a binary file (xlsx, zip, pdf, image). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

/** Remove a BOM left at the start of already-decoded text (files read as strings). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
