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
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  if (looksBinary(bytes)) {
    throw new CatalogReadError(
      file,
      'is not a text file (it contains binary data). Save the catalog as CSV (UTF-8), JSON or Excel workbook (.xlsx) and try again.',
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
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
