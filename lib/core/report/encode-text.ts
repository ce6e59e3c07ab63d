import type { TextEncoding } from '../read/catalog-format';
import { CP1252_0X80 } from '../read/decode-text';

/**
 * Text to bytes in the encoding a catalog came in, so the filer's ERP reads the fixed file as it
 * read the original. Browsers and Node only encode UTF-8, so UTF-16 and Windows-1252 are done here.
 */
export function encodeCatalogText(text: string, encoding: TextEncoding, bom: boolean): Uint8Array {
  switch (encoding) {
    case 'utf-8': {
      const body = new TextEncoder().encode(text);
      return bom ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
    }
    case 'utf-16le':
    case 'utf-16be': {
      const little = encoding === 'utf-16le';
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        bytes[2 + i * 2] = little ? unit & 0xff : unit >> 8;
        bytes[3 + i * 2] = little ? unit >> 8 : unit & 0xff;
      }
      return bom ? bytes : bytes.subarray(2);
    }
    case 'windows-1252':
      return encodeWindows1252(text);
  }
}

/** A character 1252 cannot hold becomes "?", as Windows does; the original file held none. */
function encodeWindows1252(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  let length = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    const high = CP1252_0X80.indexOf(character);
    bytes[length++] = code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : high >= 0 ? 0x80 + high : 0x3f;
  }
  return bytes.subarray(0, length);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
