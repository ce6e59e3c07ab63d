/**
 * Header words that are phrases of several written words, in languages whose words are written as
 * syllables or whose common words mean different things alone: Vietnamese ("số lượng" is quantity,
 * "số" alone a number; "mã hàng" the item's code) and Indonesian / Malay ("kode barang" is the
 * item's code, while Polish "kod towaru" is the tariff code; "mata uang" is currency) and Turkish ("para birimi", the currency). Each phrase is
 * written folded (normalizeWords: no accents, đ → d) and brought to the English concepts of
 * word-concepts.ts. Phrases are matched longest first, before single words.
 */
const PHRASES: Record<string, string> = {
  // Vietnamese.
  'ma hang': 'item code', 'ma san pham': 'product code', 'ma vat tu': 'material number', 'ten hang': 'product name',
  'ten hang hoa': 'product name', 'ten san pham': 'product name', 'mo ta': 'description', 'mo ta hang hoa': 'goods description',
  'ma hs': 'hs code', 'ma so hang hoa': 'hs code', 'xuat xu': 'origin', 'nuoc xuat xu': 'country origin', 'noi xuat xu': 'origin',
  'so luong': 'quantity', 'don vi tinh': 'unit measure', 'dvt': 'unit measure', 'don vi': 'unit', 'don gia': 'unit price',
  'thanh tien': 'amount', 'tri gia': 'value', 'tong tri gia': 'total value', 'tong tien': 'total amount', 'loai tien': 'currency',
  'tien te': 'currency', 'ngoai te': 'currency', 'trong luong tinh': 'net weight', 'trong luong ca bi': 'gross weight',
  'trong luong': 'weight', 'khoi luong tinh': 'net weight', 'khoi luong ca bi': 'gross weight', 'khoi luong': 'weight',
  'nha san xuat': 'manufacturer', 'nha cung cap': 'supplier', 'dia chi': 'address', 'thanh pho': 'city', 'stt': 'line',
  'dieu kien giao hang': 'delivery terms',
  // Indonesian and Malay.
  'kode barang': 'item code', 'kode produk': 'product code', 'nomor barang': 'item number', 'uraian barang': 'goods description',
  'nama barang': 'product name', 'pos tarif': 'tariff number', 'kode hs': 'hs code', 'negara asal': 'country origin',
  'jumlah harga': 'total price', 'jumlah nilai': 'total value', 'harga satuan': 'unit price', 'mata uang': 'currency',
  'berat bersih': 'net weight', 'berat kotor': 'gross weight', 'syarat penyerahan': 'delivery terms', 'kuantiti': 'quantity',
  'berat bersih kg': 'net weight', 'harga seunit': 'unit price', 'nama pengilang': 'manufacturer',
  // Turkish: "para birimi" (money's unit) is the currency; "birim" alone is a unit of quantity.
  'para birimi': 'currency', 'olcu birimi': 'unit measure',
};

const DICTIONARY = new Map(Object.entries(PHRASES).map(([phrase, concepts]) => [phrase, concepts.split(' ')]));
const LONGEST = Math.max(...Object.keys(PHRASES).map((phrase) => phrase.split(' ').length));
/** First words of the phrases: most header words start none, and are passed over with one look-up. */
const FIRST_WORDS = new Set(Object.keys(PHRASES).map((phrase) => phrase.split(' ')[0]!));

/** The longest phrase starting at `start` in the header's words: its concepts and how many words it takes. */
export function phraseAt(tokens: readonly string[], start: number): { concepts: readonly string[]; length: number } | null {
  if (!FIRST_WORDS.has(tokens[start]!)) return null;
  for (let length = Math.min(LONGEST, tokens.length - start); length >= 1; length--) {
    const concepts = DICTIONARY.get(tokens.slice(start, start + length).join(' '));
    if (concepts) return { concepts, length };
  }
  return null;
}
