/**
 * The little XML a workbook needs. Workbook parts are machine-written, namespaced but flat
 * XML: elements are found by their local name and attributes read from the start tag, with no
 * DOM (the service worker has none) and no entity expansion beyond XML's five and character
 * references — a DOCTYPE is refused by the reader, so no external or recursive entity is ever met.
 */

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name] ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Excel writes characters XML cannot hold as `_xHHHH_` (a carriage return is `_x000D_`). */
export function decodeOoxmlEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function escapeXmlText(text: string): string {
  return text.replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));
}

/** Attributes of a start tag (`<c r="A1" t="s">` → { r: 'A1', t: 's' }); prefixes dropped. */
export function attributesOf(startTag: string): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null);
  for (const match of startTag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = match[1]!.includes(':') ? match[1]!.slice(match[1]!.indexOf(':') + 1) : match[1]!;
    // The namespace declarations are not attributes of the element.
    if (match[1]!.startsWith('xmlns')) continue;
    attributes[name] = decodeXmlText(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

const CELL_ATTRIBUTE = /(?:^|\s)([rts])\s*=\s*"([^"]*)"/g;

/**
 * The r (reference), t (type) and s (style) attributes of a cell or row start tag's attribute
 * text: read for every cell of a sheet, so without the general parser's objects and decoding
 * (their values are plain ASCII by the schema).
 */
export function cellAttributes(attributeText: string): { r?: string; t?: string; s?: string } {
  const found: { r?: string; t?: string; s?: string } = {};
  CELL_ATTRIBUTE.lastIndex = 0;
  for (let match = CELL_ATTRIBUTE.exec(attributeText); match; match = CELL_ATTRIBUTE.exec(attributeText)) {
    found[match[1] as 'r' | 't' | 's'] = match[2]!;
  }
  return found;
}

/** Every start tag (or empty-element tag) with this local name, in document order. */
export function* startTags(xml: string, localName: string): Generator<{ tag: string; index: number }> {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${localName}(?=[\\s/>])[^>]*>`, 'g');
  for (const match of xml.matchAll(pattern)) yield { tag: match[0], index: match.index };
}

/**
 * The text of the `<t>` runs inside an element's XML (a shared string or an inline string):
 * rich-text runs are joined, phonetic readings (`<rPh>`) left out as Excel shows them.
 */
export function textOfRuns(xml: string): string {
  const withoutPhonetic = xml.includes('<rPh') ? xml.replace(/<(?:[\w.-]+:)?rPh[\s>][\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '') : xml;
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g)) {
    text += match[1] ?? '';
  }
  return decodeOoxmlEscapes(decodeXmlText(text));
}

export function hasDoctype(xml: string): boolean {
  return /<!DOCTYPE/i.test(xml.slice(0, 4096));
}
