import { describe, expect, it } from 'vitest';
import { COUNT_UNITS, kilogramsPer, normalizeQuantityUnit } from '../../../../lib/core/values/quantity-unit';

describe('normalizeQuantityUnit', () => {
  it.each([
    ['pcs', 'NO'],
    ['EA', 'NO'],
    ['C62', 'NO'],
    ['Stück', 'NO'],
    ['No.', 'NO'],
    ['kgs', 'KG'],
    ['KGM', 'KG'],
    ['dozen', 'DOZ'],
    ['pairs', 'PRS'],
    ['m²', 'M2'],
    ['CBM', 'M3'],
    ['litres', 'L'],
    ['个', 'NO'], ['件', 'NO'], ['個', 'NO'], ['개', 'NO'], ['шт.', 'NO'], ['Adet', 'NO'], ['szt.', 'NO'],
    ['千克', 'KG'], ['公斤', 'KG'], ['кг', 'KG'], ['双', 'PRS'], ['켤레', 'PRS'], ['Çift', 'PRS'], ['平方米', 'M2'], ['升', 'L'],
  ])('reads %s as the census unit %s', (written, census) => {
    expect(normalizeQuantityUnit(written)).toBe(census);
  });

  it('keeps an unknown unit as written, in capitals', () => {
    expect(normalizeQuantityUnit(' bales ')).toBe('BALES');
  });

  it('knows which units count whole things', () => {
    for (const unit of ['NO', 'DOZ', 'PRS']) expect(COUNT_UNITS.has(unit)).toBe(true);
    for (const unit of ['KG', 'M2', 'L']) expect(COUNT_UNITS.has(unit)).toBe(false);
  });
});

describe('kilogramsPer', () => {
  it('converts weight units to kilograms', () => {
    expect(kilogramsPer('kg')).toBe(1);
    expect(kilogramsPer('g')).toBe(0.001);
    expect(kilogramsPer('t')).toBe(1000);
    expect(kilogramsPer('lbs.')).toBeCloseTo(0.45359237, 8);
    expect(kilogramsPer('oz')).toBeCloseTo(0.0283495, 6);
  });

  it('reads spelled-out units', () => {
    expect(kilogramsPer('Kilogram')).toBe(1);
    expect(kilogramsPer('kilos')).toBe(1);
    expect(kilogramsPer('Pounds')).toBeCloseTo(0.45359237, 8);
    expect(kilogramsPer('tonnes')).toBe(1000);
  });

  it('knows no weight for counts and measures', () => {
    for (const unit of ['pcs', 'NO', 'M2', 'L', '', 'constructor', '__proto__']) expect(kilogramsPer(unit)).toBeUndefined();
  });
});
