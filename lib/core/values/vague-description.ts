import { normalizeWords } from './text';

/**
 * Terms CBP lists as not acceptable on their own as a description (CBP, "Acceptable Terminology
 * for Trade Community Descriptions", and 19 CFR 141.86(a)(3)): a description must say what the
 * goods are, of what, for what. These words are fine inside a precise description.
 */
const VAGUE_TERMS = [
  'parts', 'part', 'spare parts', 'spares', 'accessories', 'accessory', 'general merchandise', 'merchandise',
  'fak', 'freight all kinds', 'gifts', 'gift', 'samples', 'sample', 'tools', 'tool', 'equipment', 'machinery',
  'machine', 'machines', 'machine parts', 'chemicals', 'chemical', 'apparel', 'clothing', 'garments', 'textiles',
  'electronics', 'electronic parts', 'electronic components', 'components', 'foodstuffs', 'food', 'novelties',
  'household goods', 'personal effects', 'goods', 'products', 'items', 'articles', 'materials', 'supplies',
  'consolidated cargo', 'consolidated', 'various', 'misc', 'miscellaneous', 'assorted', 'assorted goods',
  'sundries', 'stc', 'general cargo', 'cargo', 'hardware', 'plastic goods', 'steel products', 'auto parts',
  'computer parts', 'toys', 'shoes', 'furniture', 'ersatzteile', 'teile', 'zubehor', 'werkzeug', 'muster',
  'geschenke', 'waren', 'pieces detachees', 'accessoires', 'echantillons', 'cadeaux', 'piezas', 'repuestos',
  'accesorios', 'muestras', 'regalos', 'onderdelen', 'toebehoren', 'monsters', 'geschenken',
  'ricambi', 'parti di ricambio', 'accessori', 'campioni', 'regali', 'merci', 'pecas', 'pecas de reposicao', 'acessorios',
  'amostras', 'presentes', 'mercadorias', 'czesci', 'czesci zamienne', 'akcesoria', 'probki', 'prezenty', 'towary',
  'запчасти', 'запасные части', 'комплектующие', 'образцы', 'подарки', 'товары', 'оборудование', 'разное',
  'yedek parca', 'parca', 'parcalar', 'aksesuar', 'numune', 'hediye', 'esya', 'muhtelif',
  // Chinese, Japanese and Korean, written without spaces: the whole description is the term.
  '配件', '零件', '零配件', '汽车配件', '汽車配件', '电子元件', '電子元件', '样品', '樣品', '礼品', '禮品', '货物', '貨物',
  '杂货', '雜貨', '其他', '部品', '付属品', 'サンプル', '雑貨', '부품', '부속품', '샘플', '기타', '잡화',
];
const VAGUE = new Set(VAGUE_TERMS);

/** Filler that adds nothing to a vague term ("spare parts and accessories", "misc. items"). */
const FILLER = new Set(['and', 'or', 'of', 'for', 'the', 'various', 'misc', 'miscellaneous', 'assorted', 'spare', 'other', 'etc', 'new', 'used', 'und', 'et', 'y', 'en']);

const SAID_TO_CONTAIN = /^(said to contain|stc)\b/;

/** Words a vague description can start with; anything else cannot be vague (the common case, checked cheaply). */
const POSSIBLE_FIRST_WORDS = new Set([...VAGUE_TERMS.map((term) => term.split(' ')[0]!), ...FILLER, 'said', 'stc']);

const LONGEST_FIRST_WORD = Math.max(...[...POSSIBLE_FIRST_WORDS].map((word) => word.length));

/** The first word of a text, lower case and without accents, read without normalising the whole text. */
function firstWord(text: string): string {
  let end = 0;
  let start = 0;
  while (start < text.length && !isWordChar(text.charCodeAt(start))) start++;
  end = start;
  let ascii = true;
  for (let code: number; end < text.length && isWordChar((code = text.charCodeAt(end))); end++) if (code > 127) ascii = false;
  // Every description of a catalog passes here: no word longer than any vague one is copied.
  if (end - start > LONGEST_FIRST_WORD && ascii) return '';
  const word = text.slice(start, end);
  return ascii ? word.toLowerCase() : normalizeWords(word);
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

/** The vague term a description amounts to, or null when it says more than vague words. */
export function vagueTermIn(description: string): string | null {
  const first = firstWord(description);
  if (!POSSIBLE_FIRST_WORDS.has(first)) return null;
  // "Parts of machines of heading 8471": past three meaningful words nothing is vague, and plain
  // ASCII words are counted without normalising the whole text (every description starting with
  // "parts" or "other" came here). "said to contain …" is vague however long.
  if (first !== 'said' && first !== 'stc' && hasMorePlainWordsThan(description, MOST_MEANINGFUL_WORDS)) return null;
  const words = normalizeWords(description);
  if (words === '') return null;
  if (SAID_TO_CONTAIN.test(words)) return 'said to contain';
  if (VAGUE.has(words)) return words;
  const tokens = words.split(' ');
  const meaningful = tokens.filter((t) => !FILLER.has(t));
  if (meaningful.length === 0) return tokens.join(' ');
  if (meaningful.length > MOST_MEANINGFUL_WORDS) return null;
  // Every remaining word (or adjacent pair) must be a vague term itself.
  for (let i = 0; i < meaningful.length; i++) {
    const pair = i + 1 < meaningful.length ? `${meaningful[i]} ${meaningful[i + 1]}` : '';
    if (pair && VAGUE.has(pair)) {
      i++;
      continue;
    }
    if (!VAGUE.has(meaningful[i]!)) return null;
  }
  return words;
}

/** A vague term is at most three words (filler aside): "freight all kinds". */
const MOST_MEANINGFUL_WORDS = 3;

/**
 * Whether the text has more than `limit` words that normalizeWords would keep as they are and that
 * are not filler: runs of ASCII letters and digits between ASCII separators (a run touching a
 * non-ASCII character is left to the full reading).
 */
function hasMorePlainWordsThan(text: string, limit: number): boolean {
  let count = 0;
  let start = 0;
  while (start < text.length) {
    while (start < text.length && !isAsciiLetterOrDigit(text.charCodeAt(start))) start++;
    let end = start;
    while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
    if (end === start) break;
    const plain = (start === 0 || text.charCodeAt(start - 1) < 128) && (end === text.length || text.charCodeAt(end) < 128);
    if (plain && !FILLER.has(text.slice(start, end).toLowerCase()) && ++count > limit) return true;
    start = end;
  }
  return false;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
