import type { FieldId } from '../model/fields';

/**
 * Header wordings per field, as ERP exports (SAP, Oracle, Dynamics), customs portals (ACE, ATLAS,
 * CHIEF/CDS, Siscomex) and broker spreadsheets write them, in English, German, French, Spanish,
 * Dutch, Italian, Portuguese and Polish. They are read through `headerWords` like the headers
 * themselves, so abbreviations, word order, plurals, accents and compounds need no entry of their
 * own: "unit value" also covers "Unit Val", "Valore unitario", "Wartość jednostkowa" and
 * "valor unitário". A header naming all the words of a wording, and nothing else, maps with
 * certainty; one naming them among other words maps with less (the mapping report says which).
 * The same wording may stand under two fields (a lone "Country" is the origin first, the
 * manufacturer's country as a fallback): the column's values and the other headers settle it.
 */
export const HEADER_SYNONYMS: Record<FieldId, readonly string[]> = {
  sku: [
    'sku', 'part number', 'part', 'item number', 'item', 'item code', 'article', 'article number', 'product code',
    'product number', 'product id', 'material', 'material number', 'style', 'style number', 'model number',
    'catalog number', 'stock code', 'vendor part number', 'supplier part number', 'pn', 'reference', 'reference article',
    'artikelnummer', 'artikel', 'materialnummer', 'teilenummer', 'sachnummer',
    'reference article', 'code article', 'numero d article', 'ref article',
    'referencia', 'numero de parte', 'codigo de articulo', 'codigo', 'codigo de producto',
    'artikelcode', 'onderdeelnummer', 'productcode',
    'codice articolo', 'codice', 'codice prodotto', 'articolo',
    'codigo do produto', 'codigo do item', 'referencia do produto',
    'indeks', 'numer katalogowy', 'kod produktu', 'kod artykulu', 'numer czesci', 'symbol', 'indeks towaru',
  ],
  description: [
    'description', 'item description', 'product description', 'goods description', 'commercial description',
    'merchandise description', 'material description', 'product name', 'article description', 'commodity description',
    'goods', 'goods name', 'item name', 'short text', 'material text', 'designation', 'text',
    'warenbeschreibung', 'beschreibung', 'bezeichnung', 'artikelbezeichnung', 'warenbezeichnung', 'kurztext',
    'designation des marchandises', 'description des marchandises', 'libelle',
    'descripcion', 'descripcion de la mercancia', 'descripcion del producto', 'denominacion',
    'omschrijving', 'goederenomschrijving', 'artikelomschrijving', 'benaming',
    'descrizione', 'descrizione merce', 'descrizione articolo', 'denominazione',
    'descricao', 'descricao da mercadoria', 'descricao do produto', 'denominacao',
    'opis', 'opis towaru', 'nazwa towaru', 'nazwa', 'nazwa produktu',
  ],
  hts: [
    'hts', 'hts code', 'hts number', 'hs code', 'hs number', 'tariff', 'tariff number', 'tariff code', 'tariff classification',
    'classification', 'classification code', 'commodity code', 'cn code', 'taric code', 'customs tariff',
    'customs tariff number', 'customs code', 'statistical number', 'heading', 'schedule b', 'harmonized code',
    'harmonized tariff', 'harmonized system code', 'hs', 'hs tariff', 'tariff hs',
    'zolltarifnummer', 'zolltarif', 'warennummer', 'zollnummer', 'tarifnummer', 'statistische warennummer', 'kn code',
    'code sh', 'code douanier', 'nomenclature douaniere', 'position tarifaire', 'code nc', 'numero tarifaire', 'nomenclature',
    'codigo arancelario', 'partida arancelaria', 'fraccion arancelaria', 'codigo hs', 'codigo taric', 'posicion arancelaria',
    'goederencode', 'gn code', 'tariefcode', 'douanecode', 'statistieknummer',
    'codice doganale', 'voce doganale', 'nomenclatura combinata', 'codice nc', 'codice taric', 'tariffa doganale', 'voce tariffaria',
    'ncm', 'codigo ncm', 'classificacao fiscal', 'codigo aduaneiro', 'posicao tarifaria', 'nomenclatura', 'classificacao tarifaria',
    'kod taryfy', 'kod cn', 'kod celny', 'kod hs', 'kod taric', 'taryfa celna', 'pozycja taryfowa', 'kod towaru',
  ],
  origin: [
    // A lone "Country" on an invoice line is the goods' origin (listed here and under mfrCountry,
    // the origin wins the tie; the manufacturer's country keeps it only as a fallback).
    'country', 'origin', 'country of origin', 'origin country', 'made in', 'country of manufacture', 'origin code',
    'ursprungsland', 'ursprung', 'herkunftsland', 'herkunft', 'land', 'goods origin', 'warenursprung',
    'pays d origine', 'origine', 'pays', 'pays de fabrication',
    'pais de origen', 'origen', 'pais',
    'land van oorsprong', 'oorsprong', 'herkomst',
    'paese di origine', 'paese', 'nazione di origine',
    'pais de origem', 'origem',
    'kraj pochodzenia', 'pochodzenie', 'kraj',
  ],
  quantity: [
    'quantity', 'qty shipped', 'quantity shipped', 'pieces', 'quantity pieces', 'count', 'invoice quantity', 'order quantity',
    'number of pieces', 'total quantity', 'number of units', 'item quantity', 'line quantity', 'product quantity', 'article quantity',
    'menge', 'anzahl', 'stuckzahl', 'liefermenge', 'rechnungsmenge',
    'quantite', 'nombre de pieces',
    'cantidad', 'piezas',
    'hoeveelheid', 'aantal', 'stuks',
    'quantita', 'pezzi', 'numero pezzi',
    'quantidade', 'pecas',
    'ilosc', 'liczba', 'ilosc sztuk', 'liczba sztuk',
  ],
  unit: [
    'unit', 'unit of measure', 'unit of quantity', 'quantity unit', 'measure', 'census unit', 'reporting unit',
    'base unit', 'sales unit', 'uom', 'u m',
    'mengeneinheit', 'einheit', 'masseinheit', 'me',
    'unite', 'unite de mesure', 'unidad', 'unidad de medida', 'eenheid', 'maateenheid',
    'unita di misura', 'unita', 'unidade', 'unidade de medida', 'un', 'unid',
    'jednostka', 'jednostka miary', 'jm',
  ],
  unitValue: [
    'unit price', 'unit value', 'price', 'price each', 'unit cost', 'price per unit', 'value per unit', 'each', 'net price',
    'item price', 'invoice unit price', 'fob unit price', 'piece price', 'cost',
    // Indian and Gulf invoices price a line as its "Rate"; alone the word may be a duty or exchange rate.
    'unit rate', 'rate per unit', 'rate per piece',
    'einzelpreis', 'stuckpreis', 'preis', 'einzelwert', 'nettopreis', 'preis je mengeneinheit',
    'prix unitaire', 'prix', 'valeur unitaire', 'prix net',
    'precio unitario', 'precio', 'valor unitario', 'costo unitario',
    'eenheidsprijs', 'prijs', 'stukprijs',
    'prezzo unitario', 'prezzo', 'valore unitario',
    'preco unitario', 'preco', 'custo unitario',
    'cena jednostkowa', 'cena', 'wartosc jednostkowa', 'cena netto',
  ],
  lineValue: [
    'extended value', 'ext value', 'extended price', 'line value', 'line total', 'total value', 'total', 'amount',
    'total amount', 'value', 'invoice value', 'line amount', 'customs value', 'net value', 'entered value', 'total price',
    'statistical value', 'invoice amount', 'commercial value',
    'gesamtwert', 'gesamtpreis', 'warenwert', 'wert', 'betrag', 'zollwert', 'gesamtbetrag', 'rechnungsbetrag', 'positionswert',
    'valeur', 'valeur totale', 'montant', 'prix total', 'valeur en douane', 'montant total',
    'valor', 'valor total', 'importe', 'importe total', 'valor en aduana', 'monto',
    'totaal', 'waarde', 'totale waarde', 'bedrag', 'douanewaarde', 'factuurwaarde', 'regelwaarde',
    'valore', 'valore totale', 'importo', 'valore doganale', 'valore fattura', 'totale',
    'valor da mercadoria', 'valor aduaneiro', 'montante', 'valor do item',
    'wartosc', 'wartosc calkowita', 'kwota', 'wartosc celna', 'wartosc pozycji', 'razem', 'wartosc faktury',
  ],
  currency: [
    'currency', 'currency code', 'waehrung', 'wahrung', 'devise', 'monnaie', 'moneda', 'divisa', 'valuta', 'munt',
    'moeda', 'waluta',
    // A unit of money is the currency, not the unit of quantity: "Currency Unit", "Unidad monetaria",
    // "Währungseinheit" hold both words, and the unit column's vocabulary must not take them.
    'currency unit',
  ],
  netWeight: [
    'net weight', 'net', 'weight', 'net mass', 'net kg',
    'nettogewicht', 'gewicht netto', 'nettomasse', 'eigenmasse', 'gewicht', 'netto',
    'poids net', 'poids', 'masse nette', 'peso neto', 'peso', 'netto gewicht',
    'peso netto', 'peso liquido', 'masa netto', 'waga netto', 'waga', 'masa',
  ],
  grossWeight: [
    'gross weight', 'gross', 'gross mass', 'gross kg', 'total weight', 'shipping weight',
    'bruttogewicht', 'gewicht brutto', 'rohmasse', 'brutto',
    'poids brut', 'masse brute', 'peso bruto', 'brutogewicht', 'bruto gewicht', 'bruto',
    'peso lordo', 'lordo', 'masa brutto', 'waga brutto',
  ],
  weightUnit: [
    'weight unit', 'weight uom', 'uom weight', 'gewichtseinheit', 'unite de poids', 'unidad de peso', 'gewichtseenheid',
    'unita di peso', 'unidade de peso', 'jednostka wagi', 'jednostka masy',
  ],
  manufacturer: [
    'manufacturer', 'manufacturer name', 'maker', 'producer', 'supplier', 'vendor', 'manufacturer supplier', 'factory',
    'factory name', 'supplier name', 'vendor name',
    'hersteller', 'herstellername', 'lieferant', 'produzent', 'lieferantenname',
    'fabricant', 'producteur', 'fournisseur', 'fabricante', 'productor', 'proveedor',
    'fabrikant', 'producent', 'leverancier',
    'produttore', 'fabbricante', 'fornitore', 'ragione sociale produttore',
    'produtor', 'fornecedor', 'nome do fabricante',
    'wytworca', 'dostawca', 'nazwa producenta',
  ],
  mfrAddress: [
    'manufacturer address', 'address', 'street', 'manufacturer street', 'factory address', 'supplier address',
    'herstelleradresse', 'adresse', 'strasse', 'anschrift', 'adresse du fabricant', 'rue',
    'direccion', 'direccion del fabricante', 'calle', 'adres', 'straat',
    'indirizzo', 'indirizzo produttore', 'via', 'endereco', 'endereco do fabricante', 'rua', 'logradouro',
    'ulica', 'adres producenta',
  ],
  mfrCity: [
    'manufacturer city', 'city', 'factory city', 'supplier city', 'town',
    'herstellerort', 'ort', 'stadt', 'ville', 'ville du fabricant', 'ciudad', 'localidad', 'plaats', 'stad',
    'citta', 'localita', 'comune', 'cidade', 'municipio', 'miasto', 'miejscowosc',
  ],
  mfrCountry: [
    'manufacturer country', 'factory country', 'supplier country', 'country',
    'herstellerland', 'land des herstellers', 'pays du fabricant', 'pais del fabricante', 'land fabrikant',
    'paese produttore', 'pais do fabricante', 'kraj producenta',
  ],
  mid: [
    'mid', 'manufacturer id', 'mid code', 'manufacturer identification', 'manufacturer identification code',
    'manufacturer identification number', 'manufacturer code', 'mfr mid',
    'hersteller id', 'herstellerkennung', 'herstellercode', 'identifiant fabricant', 'code fabricant', 'id fabricante',
    'codigo del fabricante', 'fabrikant id', 'codice produttore', 'id produttore', 'codigo do fabricante',
    'identyfikator producenta', 'kod producenta',
  ],
  incoterm: [
    'incoterm', 'incoterm terms', 'terms of sale', 'delivery terms', 'terms of delivery', 'trade terms', 'inco terms',
    'shipping terms', 'lieferbedingung', 'lieferbedingungen', 'conditions de livraison', 'conditions de vente',
    'condiciones de entrega', 'leveringsvoorwaarden', 'leveringsconditie', 'condizioni di consegna', 'resa',
    'termini di resa', 'condicoes de entrega', 'termo de entrega', 'warunki dostawy',
  ],
  importerId: [
    'eori', 'eori number', 'importer', 'importer number', 'importer id', 'importer of record', 'ior number', 'irs number',
    'ein', 'consignee number', 'numero de importador', 'codice eori',
  ],
};

/**
 * Headers of columns that number the lines rather than describe the goods ("Line", "Pos.",
 * "Lfd. Nr.", "Riga", "Lp."): recognised so the mapping leaves them out and duplicate detection
 * ignores them (two identical lines differ only by their line number).
 */
export const ROW_ID_HEADERS: readonly string[] = [
  'line', 'line number', 'line item', 'item line', 'row', 'row number', 'position', 'position number', 'number', 'sequence',
  'sequence number', 'lfd', 'lfd number', 'laufende nummer', 'zeile', 'ligne', 'numero de ligne', 'linea',
  'numero de linea', 'riga', 'numero riga', 'regel', 'regelnummer', 'linha', 'pozycja', 'lp', 'wiersz',
];
