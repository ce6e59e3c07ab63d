import { describe, expect, it } from 'vitest';
import { explainMapping, MappingError, mapColumns } from '../../../../lib/core/mapping/column-mapping';
import type { FieldId } from '../../../../lib/core/model/fields';

const fieldOf = (header: string): FieldId | undefined => mapColumns([header]).matches[0]?.field;

describe('header mapping', () => {
  it.each([
    ['HTS', 'hts'],
    ['HTSUS', 'hts'],
    ['HS Code', 'hts'],
    ['Tariff No.', 'hts'],
    ['Commodity Code', 'hts'],
    ['Zolltarifnummer', 'hts'],
    ['Code NC', 'hts'],
    ['Código arancelario', 'hts'],
    ['Goederencode', 'hts'],
    ['HTS Code (10 digit)', 'hts'],
    ['COO', 'origin'],
    ['Origin Ctry', 'origin'],
    ['Country of Origin', 'origin'],
    ['Ursprungsland', 'origin'],
    ["Pays d'origine", 'origin'],
    ['País de origen', 'origin'],
    ['Land van oorsprong', 'origin'],
    ['Qty', 'quantity'],
    ['Menge', 'quantity'],
    ['Quantité', 'quantity'],
    ['Cantidad', 'quantity'],
    ['Hoeveelheid', 'quantity'],
    ['UOM', 'unit'],
    ['Mengeneinheit', 'unit'],
    ['Unidad de medida', 'unit'],
    ['Ext. Value', 'lineValue'],
    ['Gesamtwert', 'lineValue'],
    ['Valeur totale', 'lineValue'],
    ['Value [USD]', 'lineValue'],
    ['Unit Price', 'unitValue'],
    ['Einzelpreis', 'unitValue'],
    ['Prix unitaire', 'unitValue'],
    ['Precio unitario', 'unitValue'],
    ['Net Wt (kg)', 'netWeight'],
    ['Nettogewicht (kg)', 'netWeight'],
    ['Poids net', 'netWeight'],
    ['Gross Wt. (lbs)', 'grossWeight'],
    ['Peso bruto', 'grossWeight'],
    ['Warenbeschreibung', 'description'],
    ['Désignation des marchandises', 'description'],
    ['Descripción', 'description'],
    ['Omschrijving', 'description'],
    ['Währung', 'currency'],
    ['Devise', 'currency'],
    ['Part Number', 'sku'],
    ['Artikelnummer', 'sku'],
    ['MID', 'mid'],
    ['Lieferbedingung', 'incoterm'],
    ['EORI', 'importerId'],
  ])('maps "%s" to %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('maps a whole English ERP export and a German one without leftovers', () => {
    const english = mapColumns(['Part Number', 'Description', 'HTS Code', 'Country of Origin', 'Quantity', 'UOM', 'Unit Price', 'Extended Value', 'Currency', 'Net Weight (kg)', 'Gross Weight (kg)', 'Manufacturer', 'MID', 'Incoterms']);
    expect(english.unmappedHeaders).toEqual([]);
    expect(english.columnOf).toMatchObject({ sku: 0, description: 1, hts: 2, origin: 3, quantity: 4, unit: 5, unitValue: 6, lineValue: 7, currency: 8, netWeight: 9, grossWeight: 10, manufacturer: 11, mid: 12, incoterm: 13 });
    const german = mapColumns(['Artikelnummer', 'Warenbeschreibung', 'Zolltarifnummer', 'Ursprungsland', 'Menge', 'Mengeneinheit', 'Einzelpreis', 'Gesamtwert', 'Währung', 'Nettogewicht (kg)', 'Bruttogewicht (kg)', 'Hersteller', 'Herstellerort', 'Herstellerland']);
    expect(german.unmappedHeaders).toEqual([]);
    expect(german.columnOf).toMatchObject({ hts: 2, origin: 3, quantity: 4, unit: 5, unitValue: 6, lineValue: 7, currency: 8, netWeight: 9, grossWeight: 10, mfrCity: 12, mfrCountry: 13 });
  });

  it('gives each field one column and each column one field, the better-explained header first', () => {
    const mapping = mapColumns(['Manufacturer Country', 'Country of Origin', 'Net', 'Gross', 'Weight']);
    expect(mapping.columnOf.origin).toBe(1);
    expect(mapping.columnOf.mfrCountry).toBe(0);
    expect(mapping.columnOf.netWeight).toBe(2);
    expect(mapping.columnOf.grossWeight).toBe(3);
    expect(mapping.unmappedHeaders).toEqual(['Weight']);
  });

  it('leaves headers it does not know unmapped, and fields without a column at -1', () => {
    const mapping = mapColumns(['Remarks', 'Description']);
    expect(mapping.unmappedHeaders).toEqual(['Remarks']);
    expect(mapping.columnOf.hts).toBe(-1);
  });

  it('lets overrides win, matching the header without regard to case or accents', () => {
    const mapping = mapColumns(['Code', 'Tariff No.', 'Note'], { hts: 'code', sku: 'NOTE' });
    expect(mapping.columnOf.hts).toBe(0);
    expect(mapping.columnOf.sku).toBe(2);
    // "Tariff No." would have been the hts column; it is free now but no other field wants it.
    expect(mapping.matches.find((m) => m.field === 'hts')).toMatchObject({ how: 'override', header: 'Code' });
    expect(mapColumns(['Währung'], { currency: 'WAHRUNG' }).columnOf.currency).toBe(0);
  });

  it('throws a MappingError naming the header and the headers there are', () => {
    expect(() => mapColumns(['Description', 'HTS'], { hts: 'Tariff' })).toThrow(MappingError);
    expect(() => mapColumns(['Description', 'HTS'], { hts: 'Tariff' })).toThrow(/"Tariff" given for hts.*"Description", "HTS"/);
  });

  it('explains every mapped column and why', () => {
    const mapping = mapColumns(['Tariff No.', 'Customs Tariff Number', 'Ref'], { sku: 'Ref' });
    expect(explainMapping(mapping)).toEqual([
      'hts ← "Tariff No." (header says "tariff number"; certain)',
      'sku ← "Ref" (set by you)',
    ]);
    const contains = explainMapping(mapColumns(['Tariff Number Remarks']));
    expect(contains).toEqual(['hts ← "Tariff Number Remarks" (header contains "tariff number"; possible)']);
  });
});
