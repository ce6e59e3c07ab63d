import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../../../../lib/core/mapping/header-mapping';
import { HEADER_SYNONYMS } from '../../../../lib/core/mapping/header-synonyms';
import { headerWords } from '../../../../lib/core/mapping/header-words';
import { UNSPACED_WORDS } from '../../../../lib/core/mapping/unspaced-words';
import { conceptOfWord } from '../../../../lib/core/mapping/word-concepts';
import type { FieldId } from '../../../../lib/core/model/fields';

/**
 * Header wordings as real exports write them, each with the field it must map to: ERP exports
 * (SAP, Oracle, Dynamics, Odoo), customs portals and declarations (ACE, ATLAS, CHIEF/CDS,
 * Siscomex), broker and forwarder spreadsheets. Terse abbreviations, punctuation, brackets, word
 * order and case as found. Most are not in the vocabulary as written: they must be understood.
 */
const WORDINGS: Record<string, [string, FieldId][]> = {
  en: [
    ['Part No.', 'sku'], ['Part #', 'sku'], ['Item No', 'sku'], ['Item Code', 'sku'], ['SKU', 'sku'], ['Material', 'sku'],
    ['Material Number', 'sku'], ['Article No.', 'sku'], ['Style #', 'sku'], ['Vendor Part Number', 'sku'], ['Product ID', 'sku'], ['Catalog No.', 'sku'],
    ['Desc', 'description'], ['Item Description', 'description'], ['Description of Goods', 'description'], ['Goods Description', 'description'],
    ['Commercial Description', 'description'], ['Product Name', 'description'], ['Short Text', 'description'], ['Descr.', 'description'],
    ['HTS#', 'hts'], ['HTS Code', 'hts'], ['HTSUS No.', 'hts'], ['HS Code', 'hts'], ['Tariff No.', 'hts'], ['Commodity Code', 'hts'],
    ['Harmonized Code', 'hts'], ['Tariff Classification', 'hts'], ['HTS Number (10 digit)', 'hts'], ['Schedule B', 'hts'], ['Customs Tariff Code', 'hts'],
    ['Ctry of Orig', 'origin'], ['COO', 'origin'], ['C/O', 'origin'], ['Country of Origin', 'origin'], ['Origin Country', 'origin'],
    ['Orig. Ctry', 'origin'], ['Made In', 'origin'], ['Country', 'origin'], ['Cntry of Origin', 'origin'],
    ['Qty', 'quantity'], ['Item Qty', 'quantity'], ['Qty (pcs)', 'quantity'], ['Quantity Shipped', 'quantity'], ['Ship Qty', 'quantity'], ['Invoice Qty', 'quantity'],
    ['No. of Pieces', 'quantity'], ['Pcs', 'quantity'], ['QTY.', 'quantity'],
    ['UOM', 'unit'], ['U/M', 'unit'], ['Unit of Measure', 'unit'], ['Qty Unit', 'unit'], ['Unit', 'unit'], ['Base Unit of Measure', 'unit'],
    ['Unit Val', 'unitValue'], ['Unit Price', 'unitValue'], ['Price Each', 'unitValue'], ['Unit Cost', 'unitValue'], ['Price/Unit', 'unitValue'],
    ['Net Price', 'unitValue'], ['Unit Rate', 'unitValue'], ['Rate per Unit', 'unitValue'], ['Unit Value (USD)', 'unitValue'], ['U/Price', 'unitValue'],
    ['Ext. Value', 'lineValue'], ['Extended Price', 'lineValue'], ['Line Total', 'lineValue'], ['Total Value', 'lineValue'], ['Amount', 'lineValue'],
    ['Invoice Value', 'lineValue'], ['Customs Value', 'lineValue'], ['Ext Amt', 'lineValue'], ['Total Amount USD', 'lineValue'],
    ['Currency', 'currency'], ['Currency Unit', 'currency'], ['Unit of Currency', 'currency'], ['Curr.', 'currency'], ['CCY', 'currency'], ['Currency Code', 'currency'], ['Cur', 'currency'],
    ['Wt net kg', 'netWeight'], ['Net Wt (kg)', 'netWeight'], ['Net Weight', 'netWeight'], ['N.W.', 'netWeight'], ['Net Mass (kg)', 'netWeight'],
    ['Weight (lbs)', 'netWeight'], ['NetWeight', 'netWeight'],
    ['Gross Wt. (lbs)', 'grossWeight'], ['G.W.', 'grossWeight'], ['Gross Weight KG', 'grossWeight'], ['Gross Mass', 'grossWeight'],
    ['Mfr', 'manufacturer'], ['Mfr Name', 'manufacturer'], ['Manufacturer', 'manufacturer'], ['Mfg', 'manufacturer'], ['Supplier', 'manufacturer'],
    ['Vendor Name', 'manufacturer'], ['Manuf.', 'manufacturer'], ['Factory', 'manufacturer'],
    ['Mfr Address', 'mfrAddress'], ['Manufacturer Street', 'mfrAddress'], ['Supplier Address', 'mfrAddress'],
    ['Mfr City', 'mfrCity'], ['Manufacturer City', 'mfrCity'], ['Factory City', 'mfrCity'],
    ['Mfr Ctry', 'mfrCountry'], ['Manufacturer Country', 'mfrCountry'], ['Supplier Country', 'mfrCountry'],
    ['Mfr ID', 'mid'], ['MID', 'mid'], ['MID Code', 'mid'], ['Manufacturer ID', 'mid'], ['Mfg. ID', 'mid'], ['Manufacturer Identification Code', 'mid'],
    ['Incoterms', 'incoterm'], ['Incoterm 2020', 'incoterm'], ['Terms of Sale', 'incoterm'], ['Delivery Terms', 'incoterm'], ['Inco', 'incoterm'],
    ['EORI No.', 'importerId'], ['Importer of Record', 'importerId'], ['IOR Number', 'importerId'],
  ],
  de: [
    ['Artikelnummer', 'sku'], ['Artikel-Nr.', 'sku'], ['Materialnummer', 'sku'], ['Sachnummer', 'sku'], ['Teilenr.', 'sku'],
    ['Warenbeschreibung', 'description'], ['Bezeichnung', 'description'], ['Artikelbezeichnung', 'description'], ['Kurztext', 'description'],
    ['Zolltarifnummer', 'hts'], ['Warennummer', 'hts'], ['Statistische Warennummer', 'hts'], ['Zolltarif-Nr.', 'hts'], ['KN-Code', 'hts'],
    ['Ursprungsland', 'origin'], ['Ursprung', 'origin'], ['Herkunftsland', 'origin'], ['Land', 'origin'], ['Warenursprung', 'origin'],
    ['Menge', 'quantity'], ['Anzahl', 'quantity'], ['Stückzahl', 'quantity'], ['Liefermenge', 'quantity'],
    ['Mengeneinheit', 'unit'], ['ME', 'unit'], ['Einheit', 'unit'], ['Maßeinheit', 'unit'],
    ['Einzelpreis', 'unitValue'], ['Stückpreis', 'unitValue'], ['Preis pro Stück', 'unitValue'], ['Preis', 'unitValue'], ['Preis/ME', 'unitValue'], ['Anz.', 'quantity'],
    ['Gesamtwert', 'lineValue'], ['Gesamtbetrag', 'lineValue'], ['Warenwert', 'lineValue'], ['Rechnungsbetrag', 'lineValue'], ['Zollwert', 'lineValue'],
    ['Währung', 'currency'], ['Waehrung', 'currency'], ['Währungseinheit', 'currency'],
    ['Nettogewicht (kg)', 'netWeight'], ['Eigenmasse', 'netWeight'], ['Gewicht netto', 'netWeight'],
    ['Bruttogewicht', 'grossWeight'], ['Rohmasse (kg)', 'grossWeight'], ['Gewicht brutto', 'grossWeight'],
    ['Hersteller', 'manufacturer'], ['Lieferant', 'manufacturer'], ['Herstelleradresse', 'mfrAddress'], ['Herstellerort', 'mfrCity'],
    ['Herstellerland', 'mfrCountry'], ['Lieferbedingung', 'incoterm'], ['Lieferbedingungen', 'incoterm'], ['EORI-Nummer', 'importerId'],
  ],
  fr: [
    ['Référence', 'sku'], ['Réf. article', 'sku'], ['Code article', 'sku'], ['N° d\'article', 'sku'],
    ['Désignation', 'description'], ['Désignation des marchandises', 'description'], ['Libellé', 'description'],
    ['Code SH', 'hts'], ['Nomenclature douanière', 'hts'], ['Code NC', 'hts'], ['Position tarifaire', 'hts'],
    ['Pays d\'origine', 'origin'], ['Origine', 'origin'], ['Pays', 'origin'],
    ['Quantité', 'quantity'], ['Qté', 'quantity'], ['Nombre de pièces', 'quantity'],
    ['Unité de mesure', 'unit'], ['Unité', 'unit'],
    ['Prix unitaire', 'unitValue'], ['P.U.', 'unitValue'], ['Valeur unitaire', 'unitValue'],
    ['Valeur totale', 'lineValue'], ['Montant', 'lineValue'], ['Valeur en douane', 'lineValue'],
    ['Devise', 'currency'], ['Monnaie', 'currency'], ['Unité monétaire', 'currency'], ['Poids net (kg)', 'netWeight'], ['Masse nette', 'netWeight'], ['Poids brut', 'grossWeight'],
    ['Fabricant', 'manufacturer'], ['Fournisseur', 'manufacturer'], ['Adresse du fabricant', 'mfrAddress'], ['Ville', 'mfrCity'],
    ['Pays du fabricant', 'mfrCountry'], ['Conditions de livraison', 'incoterm'], ['Numéro EORI', 'importerId'],
  ],
  es: [
    ['Referencia', 'sku'], ['Código de artículo', 'sku'], ['Número de parte', 'sku'],
    ['Descripción', 'description'], ['Descripción de la mercancía', 'description'], ['Denominación', 'description'],
    ['Código arancelario', 'hts'], ['Partida arancelaria', 'hts'], ['Fracción arancelaria', 'hts'], ['Fracción', 'hts'], ['P. Unit.', 'unitValue'], ['Código TARIC', 'hts'],
    ['País de origen', 'origin'], ['Origen', 'origin'], ['Cantidad', 'quantity'], ['Cant.', 'quantity'], ['Piezas', 'quantity'],
    ['Unidad de medida', 'unit'], ['Precio unitario', 'unitValue'], ['Valor unitario', 'unitValue'], ['Costo unitario', 'unitValue'],
    ['Valor total', 'lineValue'], ['Importe', 'lineValue'], ['Valor en aduana', 'lineValue'], ['Moneda', 'currency'], ['Divisa', 'currency'], ['Unidad monetaria', 'currency'], ['Nº de pieza', 'sku'], ['Número de piezas', 'quantity'],
    ['Peso neto (kg)', 'netWeight'], ['Peso bruto', 'grossWeight'], ['Fabricante', 'manufacturer'], ['Proveedor', 'manufacturer'],
    ['Dirección del fabricante', 'mfrAddress'], ['Ciudad', 'mfrCity'], ['País del fabricante', 'mfrCountry'], ['Condiciones de entrega', 'incoterm'],
  ],
  nl: [
    ['Artikelnummer', 'sku'], ['Artikelcode', 'sku'], ['Omschrijving', 'description'], ['Goederenomschrijving', 'description'],
    ['Goederencode', 'hts'], ['GN-code', 'hts'], ['Land van oorsprong', 'origin'], ['Oorsprongsland', 'origin'],
    ['Aantal', 'quantity'], ['Hoeveelheid', 'quantity'], ['Eenheid', 'unit'], ['Eenheidsprijs', 'unitValue'], ['Prijs per stuk', 'unitValue'],
    ['Totale waarde', 'lineValue'], ['Factuurwaarde', 'lineValue'], ['Regelwaarde', 'lineValue'], ['Valuta', 'currency'],
    ['Nettogewicht', 'netWeight'], ['Brutogewicht', 'grossWeight'], ['Fabrikant', 'manufacturer'], ['Leverancier', 'manufacturer'],
    ['Plaats', 'mfrCity'], ['Leveringsvoorwaarden', 'incoterm'],
  ],
  it: [
    ['Codice articolo', 'sku'], ['Cod. art.', 'sku'], ['Articolo', 'sku'], ['Descrizione', 'description'], ['Descrizione merce', 'description'],
    ['Denominazione', 'description'], ['Voce doganale', 'hts'], ['Codice doganale', 'hts'], ['Nomenclatura combinata', 'hts'], ['Codice NC', 'hts'],
    ['Paese di origine', 'origin'], ['Origine', 'origin'], ['Quantità', 'quantity'], ['Q.tà', 'quantity'], ['Qtà', 'quantity'], ['Pezzi', 'quantity'],
    ['Unità di misura', 'unit'], ['U.M.', 'unit'], ['Prezzo unitario', 'unitValue'], ['Valore unitario', 'unitValue'], ['Prezzo', 'unitValue'],
    ['Valore totale', 'lineValue'], ['Importo', 'lineValue'], ['Valore doganale', 'lineValue'], ['Valuta', 'currency'], ['Divisa', 'currency'],
    ['Peso netto (kg)', 'netWeight'], ['Peso lordo', 'grossWeight'], ['Produttore', 'manufacturer'], ['Fornitore', 'manufacturer'],
    ['Indirizzo produttore', 'mfrAddress'], ['Città', 'mfrCity'], ['Paese produttore', 'mfrCountry'], ['Resa', 'incoterm'],
    ['Condizioni di consegna', 'incoterm'], ['Codice EORI', 'importerId'],
  ],
  pt: [
    ['Código do produto', 'sku'], ['Cód. produto', 'sku'], ['Referência', 'sku'], ['Descrição', 'description'],
    ['Descrição da mercadoria', 'description'], ['Denominação', 'description'], ['NCM', 'hts'], ['Código NCM', 'hts'], ['Classificação fiscal', 'hts'],
    ['Posição tarifária', 'hts'], ['País de origem', 'origin'], ['Origem', 'origin'], ['Quantidade', 'quantity'], ['Qtde', 'quantity'], ['Qtd.', 'quantity'],
    ['Unidade', 'unit'], ['Unid. medida', 'unit'], ['Preço unitário', 'unitValue'], ['Valor unitário', 'unitValue'], ['Vl. unitário', 'unitValue'],
    ['Valor total', 'lineValue'], ['Valor aduaneiro', 'lineValue'], ['Valor da mercadoria', 'lineValue'], ['Moeda', 'currency'],
    ['Peso líquido (kg)', 'netWeight'], ['Peso bruto (kg)', 'grossWeight'], ['Fabricante', 'manufacturer'], ['Fornecedor', 'manufacturer'],
    ['Endereço do fabricante', 'mfrAddress'], ['Cidade', 'mfrCity'], ['País do fabricante', 'mfrCountry'], ['Condição de entrega', 'incoterm'],
  ],
  pl: [
    ['Indeks', 'sku'], ['Kod produktu', 'sku'], ['Numer katalogowy', 'sku'], ['Opis', 'description'], ['Opis towaru', 'description'],
    ['Nazwa towaru', 'description'], ['Kod CN', 'hts'], ['Kod taryfy celnej', 'hts'], ['Kod celny', 'hts'], ['Pozycja taryfowa', 'hts'],
    ['Kraj pochodzenia', 'origin'], ['Pochodzenie', 'origin'], ['Ilość', 'quantity'], ['Il.', 'quantity'], ['Liczba sztuk', 'quantity'],
    ['Jednostka miary', 'unit'], ['J.m.', 'unit'], ['Cena jednostkowa', 'unitValue'], ['Cena', 'unitValue'], ['Cena netto', 'unitValue'],
    ['Wartość', 'lineValue'], ['Wartość całkowita', 'lineValue'], ['Wartość celna', 'lineValue'], ['Kwota', 'lineValue'], ['Waluta', 'currency'],
    ['Masa netto (kg)', 'netWeight'], ['Waga netto', 'netWeight'], ['Masa brutto', 'grossWeight'], ['Producent', 'manufacturer'],
    ['Dostawca', 'manufacturer'], ['Adres producenta', 'mfrAddress'], ['Miejscowość', 'mfrCity'], ['Kraj producenta', 'mfrCountry'],
    ['Warunki dostawy', 'incoterm'], ['Numer EORI', 'importerId'],
  ],
};

const ALL = Object.entries(WORDINGS).flatMap(([language, pairs]) => pairs.map(([header, field]) => ({ language, header, field })));
const fieldOf = (header: string) => mapHeaders([header]).matches[0]?.field ?? null;

describe('header wordings of real exports, in eight languages', () => {
  it('has at least 200 wordings, in every language', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(200);
    for (const language of ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt', 'pl']) expect(WORDINGS[language]!.length, language).toBeGreaterThanOrEqual(15);
  });

  it.each(ALL)('$language: "$header" → $field', ({ header, field }) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('leaves columns that are not catalog fields alone', () => {
    for (const header of ['PO Number', 'PO No.', 'Purchase Order', 'Remarks', 'Comments', 'Notes', 'Bemerkung', 'Uwagi', 'Osservazioni', 'Invoice No.', 'Invoice Date', 'Col 7', 'Field 12', '']) {
      expect(fieldOf(header), header).toBeNull();
    }
  });

  it('maps a whole export in any column order to the same fields', () => {
    const headers = ['Line', 'Ctry of Orig', 'Unit Val', 'HTS#', 'Qty (pcs)', 'Desc', 'Mfr ID', 'Part No.', 'PO No.', 'Remarks'];
    const forward = mapHeaders(headers);
    const backward = mapHeaders([...headers].reverse());
    const byHeader = (mapping: typeof forward) => Object.fromEntries(mapping.matches.map((m) => [m.header, m.field]));
    expect(byHeader(forward)).toEqual(byHeader(backward));
    expect(byHeader(forward)).toEqual({
      'Ctry of Orig': 'origin', 'Unit Val': 'unitValue', 'HTS#': 'hts', 'Qty (pcs)': 'quantity', Desc: 'description', 'Mfr ID': 'mid', 'Part No.': 'sku',
    });
  });
});

/**
 * Whole header rows as suppliers and portals outside the eight languages above write them: Chinese
 * (simplified and traditional, the China customs declaration's words), Japanese, Korean (written
 * without spaces between words), Russian (the EAEU's "ТН ВЭД"), Turkish ("GTİP"), Vietnamese and
 * Indonesian (words of several syllables or words: "Số lượng", "Mata uang"), Arabic and Thai. Each row's
 * columns, in order: sku, description, hts, origin, quantity, unit, unitValue, lineValue,
 * currency, netWeight, grossWeight, manufacturer.
 */
const ROW_FIELDS: FieldId[] = ['sku', 'description', 'hts', 'origin', 'quantity', 'unit', 'unitValue', 'lineValue', 'currency', 'netWeight', 'grossWeight', 'manufacturer'];
const HEADER_ROWS: Record<string, string[][]> = {
  'zh-Hans': [
    ['料号', '品名', '商品编码', '原产国', '数量', '单位', '单价', '金额', '币制', '净重', '毛重', '生产商'],
    ['物料编码', '货物名称', '海关编码', '原产地', '数量', '计量单位', '单价', '总金额', '币种', '净重(KG)', '毛重(KG)', '供应商'],
    ['型号', '商品名称', 'HS编码', '产地', '数量', '单位', '单价(USD)', '总价', '货币', '净重 kg', '毛重 kg', '制造商'],
  ],
  'zh-Hant': [['料號', '品名', '商品編碼', '原產國', '數量', '單位', '單價', '總價', '幣別', '淨重', '毛重', '製造商']],
  ja: [
    ['品番', '品名', 'HSコード', '原産国', '数量', '単位', '単価', '金額', '通貨', '正味重量', '総重量', 'メーカー'],
    ['商品コード', '商品名', '関税番号', '原産地', '数量', '単位', '単価', '合計金額', '通貨', '純重量', 'グロス重量', '製造元'],
  ],
  ko: [['품번', '품명', 'HS부호', '원산지', '수량', '단위', '단가', '금액', '통화', '순중량', '총중량', '제조사']],
  ru: [['Артикул', 'Наименование товара', 'Код ТН ВЭД', 'Страна происхождения', 'Кол-во', 'Ед. изм.', 'Цена за единицу', 'Стоимость', 'Валюта', 'Вес нетто, кг', 'Вес брутто, кг', 'Производитель']],
  tr: [
    ['Ürün kodu', 'Eşya tanımı', 'GTİP', 'Menşe ülke', 'Miktar', 'Birim', 'Birim fiyat', 'Toplam tutar', 'Döviz', 'Net ağırlık', 'Brüt ağırlık', 'Üretici'],
    ['Stok kodu', 'Mal tanımı', 'GTİP No', 'Menşe ülkesi', 'Miktar', 'Ölçü birimi', 'Birim fiyat', 'Tutar', 'Para birimi', 'Net ağırlık (kg)', 'Brüt ağırlık (kg)', 'Üretici firma'],
  ],
  vi: [['Mã hàng', 'Tên hàng', 'Mã HS', 'Xuất xứ', 'Số lượng', 'Đơn vị tính', 'Đơn giá', 'Thành tiền', 'Loại tiền', 'Trọng lượng tịnh', 'Trọng lượng cả bì', 'Nhà sản xuất']],
  id: [['Kode barang', 'Uraian barang', 'Pos tarif', 'Negara asal', 'Jumlah', 'Satuan', 'Harga satuan', 'Jumlah nilai', 'Mata uang', 'Berat bersih (kg)', 'Berat kotor (kg)', 'Produsen']],
  // Arabic: the article joined to its word ("الكمية", the quantity), hamza written or left out ("المنشأ", "المنشا").
  ar: [
    ['رقم الصنف', 'وصف البضاعة', 'التعرفة الجمركية', 'بلد المنشأ', 'الكمية', 'الوحدة', 'سعر الوحدة', 'القيمة الإجمالية', 'العملة', 'الوزن الصافي (كجم)', 'الوزن القائم', 'الشركة المصنعة'],
    ['رقم الصنف', 'وصف البضائع', 'رمز النظام المنسق', 'بلد المنشا', 'الكمية', 'وحدة القياس', 'سعر الوحدة', 'القيمة', 'العملة', 'الوزن الصافي', 'الوزن القائم', 'المصنع'],
  ],
  th: [['รหัสสินค้า', 'รายละเอียดสินค้า', 'พิกัดศุลกากร', 'ประเทศกำเนิด', 'จำนวน', 'หน่วย', 'ราคาต่อหน่วย', 'มูลค่ารวม', 'สกุลเงิน', 'น้ำหนักสุทธิ', 'น้ำหนักรวม', 'ผู้ผลิต']],
};
const ROWS = Object.entries(HEADER_ROWS).flatMap(([language, rows]) => rows.map((headers) => ({ language, headers })));

describe('header rows in Chinese, Japanese, Korean, Russian, Turkish, Vietnamese, Indonesian, Arabic and Thai', () => {
  it.each(ROWS)('$language: $headers', ({ headers }) => {
    const byHeader = Object.fromEntries(mapHeaders(headers).matches.map((m) => [m.header, m.field]));
    expect(headers.map((header) => byHeader[header] ?? null)).toEqual(ROW_FIELDS);
  });

  it.each([
    ['商品编码', ['hs', 'code']],
    ['商品コード', ['product', 'code']],
    ['HSコード', ['hs', 'code']],
    ['グロス重量', ['gross', 'weight']],
    ['원산지', ['origin']],
    ['货物的名称', ['goods', 'name']],
    ['规格型号', ['规格', 'style', 'number']],
    ['Ağırlık', ['weight']],
    ['AGIRLIK', ['weight']],
    ['ĐVT', ['unit', 'measure']],
    ['Trọng lượng cả bì', ['gross', 'weight']],
    ['น้ำหนักสุทธิ', ['weight', 'net']],
    ['Kode barang', ['item', 'code']],
    ['Kod towaru', ['code', 'goods']],
  ])('"%s" reads as %j: the longest known words first, unknown letters kept as one word', (header, concepts) => {
    expect(headerWords(header).concepts).toEqual(concepts);
  });

  it('brings every unspaced word to concepts the other languages use', () => {
    const concepts = new Set(Object.values(UNSPACED_WORDS).flatMap((words) => words.split(' ').filter(Boolean)));
    expect([...concepts].filter((concept) => conceptOfWord(concept) !== concept)).toEqual([]);
  });
});

describe('reading header words', () => {
  it.each([
    ['Ctry of Orig.', ['country', 'origin']],
    ['countryOfOrigin', ['country', 'origin']],
    ['U/M', ['unit', 'measure']],
    ['Zolltarifnummer', ['customs', 'tariff', 'number']],
    ['Ursprungsland', ['origin', 'country']],
    ['Wartość jednostkowa', ['value', 'unit']],
    ['Quantities', ['quantity']],
    ['Manuf.', ['manufacturer']],
  ])('"%s" reads as %j', (header, concepts) => {
    expect(headerWords(header).concepts).toEqual(concepts);
  });

  it('keeps units and numbers aside as annotations', () => {
    expect(headerWords('Net Wt (kg)')).toEqual({ concepts: ['net', 'weight'], annotations: ['kg'] });
    expect(headerWords('Ref 3')).toEqual({ concepts: ['reference'], annotations: ['3'] });
  });

  it('gives no two fields the same wording, save a lone "Country" (origin first, the manufacturer\'s as a fallback)', () => {
    const owners = new Map<string, Set<string>>();
    for (const [field, wordings] of Object.entries(HEADER_SYNONYMS)) {
      for (const wording of wordings) {
        const key = [...new Set(headerWords(wording).concepts)].sort().join(' ');
        owners.set(key, (owners.get(key) ?? new Set()).add(field));
      }
    }
    const shared = [...owners].filter(([, fields]) => fields.size > 1).map(([key, fields]) => `${key}: ${[...fields].join(', ')}`);
    expect(shared).toEqual(['country: origin, mfrCountry']);
  });
});
