import { describe, expect, it } from 'vitest';
import { withBuiltInReference } from '../../../lib/core/reference/built-in-us-tariff';
import { validateTable } from '../../../lib/core/validate';
import { NEWER_THAN_LABELS } from '../../support/labelled-scoring';
import { lineNumbers, purchaseOrder, type Relabelling, relabelledCatalog, remarks } from '../../support/relabelled-catalog';

/**
 * Catalogs the product has never seen: the shared fixtures' rows under Italian, Brazilian
 * Portuguese and Polish headers, and under headers that say nothing for the tariff code, origin,
 * currency, MID and Incoterm; columns in another order; purchase-order, remarks and line-number
 * columns mixed in. Checked out of the box (no options), every labelled problem must be found.
 */
const CATALOGS: Relabelling[] = [
  {
    name: 'catalogo-it',
    from: 'catalog-en-400',
    delimiter: ';',
    orderSeed: 11,
    headers: {
      sku: 'Codice articolo', description: 'Descrizione merce', hts: 'Voce doganale', origin: 'Paese di origine', quantity: 'Quantità',
      unit: 'U.M.', unitValue: 'Valore unitario', lineValue: 'Valore totale', currency: 'Valuta', netWeight: 'Peso netto (kg)',
      grossWeight: 'Peso lordo (kg)', manufacturer: 'Produttore', mfrAddress: 'Indirizzo produttore', mfrCity: 'Città produttore',
      mfrCountry: 'Paese produttore', mid: 'Codice MID', incoterm: 'Resa',
    },
    extras: [purchaseOrder('Nr. ordine'), remarks('Note', 'consegna urgente'), lineNumbers('Riga')],
  },
  {
    name: 'catalogo-pt-br',
    from: 'catalog-de-300',
    delimiter: ';',
    orderSeed: 23,
    headers: {
      sku: 'Código do produto', description: 'Descrição da mercadoria', hts: 'NCM / HTS', origin: 'País de origem', quantity: 'Qtde',
      unit: 'Unid.', unitValue: 'Preço unitário', lineValue: 'Valor total', currency: 'Moeda', netWeight: 'Peso líquido (kg)',
      grossWeight: 'Peso bruto (kg)', manufacturer: 'Fabricante', mfrAddress: 'Endereço do fabricante', mfrCity: 'Cidade',
      mfrCountry: 'País do fabricante', mid: 'MID', incoterm: 'Condição de entrega',
    },
    extras: [purchaseOrder('Pedido de compra'), remarks('Observações', 'conferir embalagem'), lineNumbers('Item', 10)],
  },
  {
    name: 'katalog-pl',
    from: 'catalog-de-300',
    delimiter: '\t',
    orderSeed: 37,
    headers: {
      sku: 'Indeks', description: 'Opis towaru', hts: 'Kod CN', origin: 'Kraj pochodzenia', quantity: 'Ilość', unit: 'J.m.',
      unitValue: 'Cena jednostkowa', lineValue: 'Wartość', currency: 'Waluta', netWeight: 'Masa netto (kg)', grossWeight: 'Masa brutto (kg)',
      manufacturer: 'Producent', mfrAddress: 'Adres producenta', mfrCity: 'Miejscowość', mfrCountry: 'Kraj producenta',
      mid: 'Identyfikator producenta (MID)', incoterm: 'Warunki dostawy',
    },
    extras: [purchaseOrder('Nr zamówienia'), remarks('Uwagi', 'pilne'), lineNumbers('Lp.')],
  },
  {
    name: 'content-only',
    from: 'catalog-en-400',
    delimiter: ',',
    orderSeed: 53,
    headers: {
      sku: 'Item #', description: 'Desc', hts: 'Ref 3', origin: 'Col 7', quantity: 'Qty (pcs)', unit: 'U/M', unitValue: 'Unit Val',
      lineValue: 'Ext Amt', currency: '', netWeight: 'Wt net kg', grossWeight: 'Gross Wt (kg)', manufacturer: 'Mfr', mfrAddress: 'Mfr Addr',
      mfrCity: 'Mfr City', mfrCountry: 'Mfr Ctry', mid: 'Field 12', incoterm: 'Attr',
    },
    extras: [purchaseOrder('PO No.'), remarks('Remarks', 'check packing'), lineNumbers('Line')],
  },
];

const key = (row: number | null, field: string | null, ruleId: string) => `${row}|${field ?? ''}|${ruleId}`;

describe.each(CATALOGS)('relabelled catalog $name', async (relabelling) => {
  const { table, labels } = relabelledCatalog(relabelling);
  const report = validateTable(table, await withBuiltInReference({ checkDate: '2026-11-23' }));
  const flagged = report.findings.filter((f) => f.severity !== 'info');

  it('maps every labelled field to its column, whatever the order', () => {
    const mapped = Object.fromEntries(report.mapping.matches.map((m) => [m.field, m.header]));
    expect(mapped).toMatchObject(labels.columns);
  });

  it('leaves the purchase-order and remarks columns alone and sets the line numbers aside', () => {
    const extras = relabelling.extras.map((extra) => extra.header);
    expect(report.mapping.matches.filter((m) => extras.includes(m.header))).toEqual([]);
    expect(report.mapping.lineNumberColumns.map((c) => c.header)).toEqual([relabelling.extras[2]!.header]);
  });

  it('finds every labelled problem (recall 100%)', () => {
    const found = new Set(flagged.map((f) => key(f.row, f.field, f.ruleId)));
    expect(labels.labels.filter((l) => !found.has(key(l.row, l.field, l.ruleId)))).toEqual([]);
  });

  it('flags nothing unlabelled as an error or warning (precision 100%), rules newer than the labels aside', () => {
    const expected = new Set(labels.labels.map((l) => key(l.row, l.field, l.ruleId)));
    expect(flagged.filter((f) => !expected.has(key(f.row, f.field, f.ruleId)) && !NEWER_THAN_LABELS.includes(f.ruleId))).toEqual([]);
  });
});
