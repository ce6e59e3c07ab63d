import { foldAccents } from '../values/text';

/**
 * Header words by meaning: each word a catalog header may use, in English, German, French,
 * Spanish, Dutch, Italian, Portuguese, Polish, Russian, Turkish, Indonesian and Arabic (Chinese, Japanese,
 * Korean and Thai, written without spaces, are in unspaced-words.ts; phrases in word-phrases.ts), with the usual abbreviations of ERP exports and
 * broker spreadsheets, brought to one English concept. "Valore unitario", "Wartość jednostkowa"
 * and "Unit Val" all read as `value unit`, so one vocabulary entry ("unit value") serves them all,
 * in any word order. Words are compared folded (lower case, no accents, ß → ss); plurals and
 * truncations are found by rule (header-words.ts), so only the base words are listed. Each list is
 * one string: the content script carries this table, and it is smaller so.
 */
const CONCEPT_WORDS: Record<string, string> = {
  number: 'number no nr num nbr nro nmr numb numero nummer numer numeros n номер numara numarasi رقم',
  code: 'code cod cd codice codigo kod kode код кода kodu رمز كود',
  identifier: 'id ident identifier identification identifiant identificacion identificativo identificacao identyfikator kennung kennnummer',
  reference: 'reference ref referencia riferimento referentie referenz referencja ссылка',
  country: 'country ctry cntry cntr pays pais paese land kraj nazione staat страна страны ulke ulkesi negara بلد دولة',
  origin: 'origin orig origine origen origem ursprung oorsprong pochodzenia pochodzenie herkunft herkomst provenance происхождения происхождение mense mensei asal منشأ',
  value: 'value val vl vlr valeur valor valore wert waarde wartosc worth стоимость deger degeri nilai قيمة',
  price: 'price pr prc px prix precio preco prezzo preis prijs cena cost costo coste custo kosten cout koszt цена цены fiyat fiyati harga سعر',
  unit: 'unit unite unidad unidade unita einheit eenheid jednostka jednostkowa jednostkowy jednostkowej unitario unitaria unitaire unitar einzel единица единицы ед birim birimi satuan وحدة',
  each: 'each ea apiece',
  rate: 'rate',
  quantity: 'quantity qty qnty qtty qte quantite cantidad cant quantidade qtd qtde quantita qta menge hoeveelheid ilosc il mng количество кол miktar miktari jumlah كمية عدد',
  pieces: 'pieces pcs pc piece piezas pezzi pezzo pecas peca stuks stk stuck stuk stuckzahl sztuk szt sztuki шт штук adet',
  count: 'count anz anzahl aantal nombre liczba',
  measure: 'measure measurement قياس mesure medida misura miary miara masseinheit измерения изм',
  weight: 'weight wt wgt wght poids peso gewicht gew waga masa massa masse mass gewichte pesos вес масса agirlik agirligi berat وزن',
  net: 'net nett netto neto liquido nette netta нетто bersih صافي',
  gross: 'gross brut bruto brutto lordo lorda brute roh брутто kotor قائم',
  description: 'description desc descr dscr descrip descripcion descricao descrizione beschreibung omschrijving omschr opis описание aciklama aciklamasi tanim tanimi uraian وصف',
  designation: 'designation bezeichnung bez denominacion denominacao denominazione benaming libelle наименование',
  text: 'text txt texte texto testo tekst kurztext',
  manufacturer: 'manufacturer mfr mfg manuf manufr mfgr mnfr fabricant fabricante fabrikant hersteller produttore fabbricante producent wytworca producer productor produtor producteur produzent maker factory fabrik usine fabrica fabbrica fabryka изготовитель производитель изготовителя производителя uretici imalatci produsen pabrikan pengilang مصنع منتج مصنعة',
  supplier: 'supplier supp suppl vendor vend lieferant fournisseur proveedor leverancier fornitore fornecedor dostawca seller verkaufer поставщик поставщика tedarikci pemasok pembekal مورد',
  currency: 'currency ccy cur curr crncy devise moneda divisa valuta moeda waluta wahrung waehrung monnaie munt валюта doviz monetary monetaire monetaria monetario عملة',
  total: 'total tot totale totaal gesamt razem suma summe sum ext extended extension итого всего общая общий общее toplam إجمالي إجمالية اجمالي',
  amount: 'amount amt betrag montant importe importo bedrag kwota montante monto сумма tutar tutari مبلغ',
  line: 'line ln linea ligne riga regel zeile linha wiersz row pos position posicion posizione posicao positie pozycja poz lp lfd seq sequence позиция строка sira satir سطر',
  address: 'address addr adresse direccion adres indirizzo endereco anschrift street strasse str rue calle straat via rua logradouro ulica ul адрес adresi alamat',
  city: 'city ville ciudad stadt ort plaats citta cidade miasto miejscowosc localidad localita municipio comune town stad город sehir kota bandar',
  article: 'article art artikel articolo articulo artigo artykul artykulu артикул',
  item: 'item itm posten kalem صنف بند',
  product: 'product prod produit producto produto prodotto produkt produktu продукт продукции изделие urun urunu منتج',
  part: 'part parte pieza teil teile onderdeel czesci czesc',
  material: 'material mat materiale materiel materiaal materialu',
  goods: 'goods merchandise marchandises marchandise mercancia mercancias mercadoria mercadorias merce merci waren ware goederen towar towaru towarow commodity товар товара товаров esya بضاعة بضائع سلعة سلع',
  tariff: 'tariff fraccion tarif tarifa tariffa taryfa taryfy taryfowy taryfowa tarifaire tariefcode arancel arancelario arancelaria tarifario tarifaria tariffario tariffaria tarief тариф tarife تعرفة تعريفة',
  customs: 'customs zoll douane douanier douaniere aduana aduanero aduanera aduaneiro aduaneira doganale dogana celny celna celnego douanecode таможенный таможенная таможенного gumruk جمركي جمركية',
  classification: 'classification classificacao classificazione clasificacion klassifizierung klasyfikacja einreihung indeling',
  harmonized: 'harmonized harmonised harmonizado harmonise armonizzato zharmonizowany منسق',
  delivery: 'delivery livraison entrega consegna dostawy dostawa lieferung liefer levering shipping shipment поставки поставка teslim',
  terms: 'terms term conditions condition condiciones condicion condicoes condicao condizioni condizione warunki bedingungen bedingung voorwaarden conditie termo termino termini regula resa условия sekli',
  incoterm: 'incoterm incoterms inco',
  sale: 'sale sales vente venta venda vendita verkauf sprzedazy',
  importer: 'importer importateur importador importatore importeur ior importera consignee импортер ithalatci',
  invoice: 'invoice inv facture factura fattura fatura rechnung factuur faktura faktury invoiced فاتورة',
  order: 'order ord commande pedido ordine bestellung bestelling zamowienie zamowienia auftrag',
  shipped: 'shipped delivered geliefert livree entregada spedita enviada',
  statistical: 'statistical statistische statistischer statistique estadistico statistico estatistico statistieknummer statystyczny',
  style: 'style model modelo modello modele modell',
  catalog: 'catalog catalogue katalog katalogowy catalogo',
  stock: 'stock sku lager',
  made: 'made manufactured produced hergestellt fabrique fabricado',
  index: 'index indeks indice',
  symbol: 'symbol simbolo',
  name: 'name nom nome nombre naam nazwa название adi اسم',
  company: 'company firma societe empresa societa bedrijf شركة',
  remarks: 'remarks remark comment comments note notes bemerkung bemerkungen remarque observaciones observacoes uwagi opmerking opmerkingen osservazioni',
  purchase: 'purchase po einkauf achat compra acquisto inkoop zakup',
  date: 'date datum fecha data dt',
  hs: 'hs sh hts htsus htsa taric cn kn nc gn ncm nomenclature nomenclatura nomenklatura scheduleb вэд gtip',
  eori: 'eori',
  mid: 'mid',
};

/** Abbreviations that stand for two words at once: "COO" is country of origin, "N.W." net weight. */
export const TWO_WORD_ABBREVIATIONS: Record<string, readonly string[]> = {
  coo: ['country', 'origin'],
  co: ['country', 'origin'],
  pu: ['unit', 'price'],
  punit: ['unit', 'price'],
  punitario: ['unit', 'price'],
  nw: ['net', 'weight'],
  gw: ['gross', 'weight'],
  uom: ['unit', 'measure'],
  um: ['unit', 'measure'],
  uoq: ['unit', 'quantity'],
  jm: ['unit', 'measure'],
  me: ['quantity', 'unit'],
  qtyunit: ['quantity', 'unit'],
  hsn: ['hs', 'number'],
};

/** Words that carry no meaning in a header ("Country *of* Origin", "Numéro *d'*article"). */
export const STOP_WORDS = new Set(
  'of the a an for in on at by to and or de du des d la le les l del da do dos das di della dello dei van het der die den dem von vom zur zum im em w z na i e y et per pro je par por pour und en el lo os as au aux dla od за в во по и с для из на من في'.split(' '),
);

/**
 * Words that qualify a header without changing its field: units and currencies written in it
 * ("Net Wt (kg)", "Value USD", "Qty pcs" is a quantity), kept aside as annotations.
 */
export const ANNOTATION_WORDS = new Set(
  'kg kgs kilo kilos kilogram kilograms g gr lb lbs t mt tonnes oz usd eur gbp cny rmb chf jpy cad brl pln mxn inr krw hkd twd aud sek dkk nok czk huf reais zl zloty euro euros dollar dollars руб rub tl try кг eingabe optional required mandatory x r'.split(' '),
);

const WORD_CONCEPT = new Map<string, string>();
for (const [concept, words] of Object.entries(CONCEPT_WORDS)) {
  // Folded as header words are ("таможенный" → "таможенныи"), so the list may be written as spoken.
  for (const word of words.split(' ').map(foldAccents)) if (!WORD_CONCEPT.has(word)) WORD_CONCEPT.set(word, concept);
}

/** Longer words a shortened header word may stand for ("Manuf." → manufacturer, "Descr" → description). */
const PREFIX_CANDIDATES = [...WORD_CONCEPT.keys()].filter((word) => word.length >= 5);

/** The concept of one folded word, or undefined when the word is not a header word we know. */
export function conceptOfWord(word: string): string | undefined {
  return WORD_CONCEPT.get(word);
}

/** A known word a truncated header word stands for, when only one concept fits ("quant" → quantity). */
export function conceptOfPrefix(word: string): string | undefined {
  if (word.length < 4) return undefined;
  let found: string | undefined;
  for (const candidate of PREFIX_CANDIDATES) {
    if (!candidate.startsWith(word)) continue;
    const concept = WORD_CONCEPT.get(candidate)!;
    if (found && found !== concept) return undefined;
    found = concept;
  }
  return found;
}

/** Known words long enough to be found inside compounds ("Ursprungs|land", "Netto|gewicht", "Zoll|tarif|nummer"). */
export const COMPOUND_PARTS = [...WORD_CONCEPT.keys()].filter((word) => word.length >= 3).sort((a, b) => b.length - a.length);

/** Abbreviations that end compounds as written in German ERP headers: "Teilenr", "Artikelnr". */
export const COMPOUND_ENDINGS = ['nr', 'no'];
