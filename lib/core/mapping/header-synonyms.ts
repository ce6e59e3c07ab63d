import type { FieldId } from '../model/fields';

/**
 * Header wordings seen in ERP exports, customs-portal grids and broker spreadsheets, in
 * English, German, French, Spanish and Dutch. They are compared after `normalizeWords`
 * (lower case, no accents, punctuation as spaces), so "Net Wt. (kg)" is written "net wt kg".
 * A header that equals a synonym maps with certainty; one that contains a synonym as whole
 * words maps with less (the mapping report says which).
 */
export const HEADER_SYNONYMS: Record<FieldId, readonly string[]> = {
  sku: [
    'sku', 'part number', 'part no', 'part', 'part num', 'pn', 'p n', 'item number', 'item no', 'item', 'item code',
    'article', 'article number', 'article no', 'product code', 'product number', 'product id', 'material',
    'material number', 'material no', 'style', 'style number', 'model', 'model number', 'catalog number',
    'artikelnummer', 'artikel nr', 'artikel', 'materialnummer', 'teilenummer', 'sachnummer',
    'reference', 'ref', 'reference article', 'code article', 'numero d article', 'ref article',
    'referencia', 'numero de parte', 'codigo de articulo', 'codigo', 'artikelcode', 'onderdeelnummer',
  ],
  description: [
    'description', 'desc', 'item description', 'product description', 'goods description',
    'description of goods', 'commercial description', 'merchandise description', 'material description',
    'product name', 'article description', 'commodity description', 'goods',
    'warenbeschreibung', 'beschreibung', 'bezeichnung', 'artikelbezeichnung', 'artikelbeschreibung',
    'designation', 'designation des marchandises', 'description des marchandises', 'libelle',
    'descripcion', 'descripcion de la mercancia', 'descripcion de mercancias',
    'omschrijving', 'goederenomschrijving', 'artikelomschrijving',
  ],
  hts: [
    'hts', 'htsus', 'hts code', 'hts number', 'hts no', 'hts us', 'htsus number', 'hs', 'hs code', 'hs no',
    'hs number', 'tariff', 'tariff no', 'tariff number', 'tariff code', 'tariff classification',
    'classification', 'commodity code', 'commodity', 'cn code', 'cn', 'taric', 'taric code', 'customs tariff',
    'customs code', 'statistical number', 'heading', 'schedule b', 'harmonized code', 'harmonized tariff',
    'harmonized system code', 'zolltarifnummer', 'zolltarif', 'warennummer', 'zollnummer', 'tarifnummer',
    'statistische warennummer', 'kn code', 'code sh', 'code douanier', 'nomenclature douaniere',
    'position tarifaire', 'code nc', 'numero tarifaire', 'codigo arancelario', 'partida arancelaria',
    'fraccion arancelaria', 'codigo hs', 'codigo taric', 'goederencode', 'gn code', 'tariefcode',
    'douanecode', 'hs code nl',
  ],
  origin: [
    // A lone "Country" on an invoice line is the goods' origin (listed here first, it wins over
    // the manufacturer's country, which keeps it only as a fallback).
    'country', 'land', 'pays', 'pais',
    'origin', 'country of origin', 'coo', 'c o o', 'origin country', 'origin ctry', 'ctry of origin',
    'country origin', 'made in', 'orig', 'origin cntry', 'cntry of origin', 'coo code', 'origin code',
    'ursprungsland', 'ursprung', 'herkunftsland', 'pays d origine', 'origine', 'pays origine',
    'pais de origen', 'origen', 'land van oorsprong', 'oorsprong', 'oorsprongsland',
  ],
  quantity: [
    'quantity', 'qty', 'qty shipped', 'quantity shipped', 'shipped qty', 'pieces', 'pcs', 'units', 'qte',
    'count', 'invoice quantity', 'invoiced quantity', 'order quantity', 'menge', 'anzahl', 'stuckzahl',
    'quantite', 'cantidad', 'hoeveelheid', 'aantal',
  ],
  unit: [
    'uom', 'unit', 'unit of measure', 'unit of quantity', 'units of measure', 'qty unit', 'quantity unit',
    'u m', 'um', 'measure', 'census unit', 'reporting unit', 'mengeneinheit', 'einheit', 'masseinheit',
    'me', 'unite', 'unite de mesure', 'unidad', 'unidad de medida', 'eenheid', 'maateenheid',
  ],
  unitValue: [
    'unit price', 'unit value', 'price', 'price each', 'unit cost', 'price per unit', 'value per unit',
    'each', 'price unit', 'u price', 'unit pr', 'net price', 'einzelpreis', 'stuckpreis', 'preis',
    'prix unitaire', 'prix', 'precio unitario', 'precio', 'valor unitario', 'eenheidsprijs', 'prijs',
    'stukprijs',
  ],
  lineValue: [
    'extended value', 'ext value', 'ext price', 'extended price', 'line value', 'line total', 'total value',
    'total', 'amount', 'total amount', 'value', 'invoice value', 'line amount', 'customs value', 'net value',
    'entered value', 'total price', 'gesamtwert', 'gesamtpreis', 'warenwert', 'wert', 'betrag', 'zollwert',
    'valeur', 'valeur totale', 'montant', 'prix total', 'valor', 'valor total', 'importe', 'totaal',
    'waarde', 'totale waarde', 'bedrag',
  ],
  currency: [
    'currency', 'curr', 'cur', 'ccy', 'currency code', 'waehrung', 'wahrung', 'devise', 'monnaie',
    'moneda', 'divisa', 'valuta', 'munt',
  ],
  netWeight: [
    'net weight', 'net wt', 'nett weight', 'net mass', 'net', 'weight net', 'nw', 'n w', 'net kg',
    'weight', 'nettogewicht', 'gewicht netto', 'nettomasse', 'eigenmasse', 'gewicht',
    'poids net', 'poids', 'masse nette', 'peso neto', 'peso', 'nettogewicht kg', 'netto gewicht',
  ],
  grossWeight: [
    'gross weight', 'gross wt', 'gross mass', 'gross', 'weight gross', 'gw', 'g w', 'gross kg',
    'bruttogewicht', 'gewicht brutto', 'rohmasse', 'poids brut', 'masse brute', 'peso bruto',
    'brutogewicht', 'bruto gewicht',
  ],
  weightUnit: [
    'weight unit', 'wt unit', 'weight uom', 'uom weight', 'gewichtseinheit', 'unite de poids',
    'unidad de peso', 'gewichtseenheid',
  ],
  manufacturer: [
    'manufacturer', 'manufacturer name', 'mfr', 'mfr name', 'mfg', 'maker', 'producer', 'supplier',
    'vendor', 'manufacturer supplier', 'factory', 'factory name', 'hersteller', 'herstellername',
    'lieferant', 'fabricant', 'producteur', 'fabricante', 'productor', 'fabrikant', 'producent',
  ],
  mfrAddress: [
    'manufacturer address', 'mfr address', 'address', 'street', 'manufacturer street', 'factory address',
    'supplier address', 'herstelleradresse', 'adresse', 'strasse', 'herstellerstrasse',
    'adresse du fabricant', 'direccion', 'direccion del fabricante', 'adres', 'straat',
  ],
  mfrCity: [
    'manufacturer city', 'mfr city', 'city', 'factory city', 'supplier city', 'herstellerort', 'ort',
    'stadt', 'ville', 'ville du fabricant', 'ciudad', 'plaats', 'stad',
  ],
  mfrCountry: [
    'manufacturer country', 'mfr country', 'country', 'factory country', 'supplier country', 'mfr ctry',
    'herstellerland', 'land', 'pays', 'pays du fabricant', 'pais', 'pais del fabricante',
    'land fabrikant',
  ],
  mid: [
    'mid', 'manufacturer id', 'mfr id', 'mid code', 'manufacturer identification', 'manufacturer identification code',
    'manufacturer identification number', 'mfg id', 'mfr mid', 'manufacturer code', 'hersteller id',
    'herstellerkennung', 'identifiant fabricant', 'id fabricante',
  ],
  incoterm: [
    'incoterm', 'incoterms', 'terms of sale', 'delivery terms', 'terms of delivery', 'trade terms',
    'inco', 'inco terms', 'lieferbedingung', 'lieferbedingungen', 'incoterm 2020', 'conditions de livraison',
    'condiciones de entrega', 'leveringsvoorwaarden', 'leveringsconditie',
  ],
  importerId: [
    'eori', 'eori number', 'eori no', 'importer', 'importer number', 'importer no', 'importer id',
    'importer of record', 'ior', 'ior number', 'irs number', 'ein', 'consignee number', 'eori nummer',
    'numero eori', 'numero de importador',
  ],
};
