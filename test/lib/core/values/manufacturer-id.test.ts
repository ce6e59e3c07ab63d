import { describe, expect, it } from 'vitest';
import { midAddressNumber, midCityLetters, midFormatProblem, midNameLetters, splitMid } from '../../../../lib/core/values/manufacturer-id';

// Examples from 19 CFR Part 102, Appendix (rules for constructing the MID).
describe('MID construction', () => {
  it('takes the first three letters of the first two words of the name', () => {
    expect(midNameLetters('Amalgamated Plastics Corp.')).toBe('AMAPLA');
    expect(midNameLetters('Bergstrom')).toBe('BER');
  });

  it('treats initials written together as one word', () => {
    expect(midNameLetters('A.B.C. Company')).toBe('ABCCOM');
    expect(midNameLetters('A B C Company')).toBe('ABCCOM');
    expect(midNameLetters('O.A.S.I.S. Corp.')).toBe('OASCOR');
  });

  it('skips "a", "an", "and", "of" and "the"', () => {
    expect(midNameLetters('The Embroidery Company')).toBe('EMBCOM');
    expect(midNameLetters('Embroidery of Ireland')).toBe('EMBIRE');
    expect(midNameLetters('Embroidery and Lace Company')).toBe('EMBLAC');
  });

  it('drops accents from names and cities', () => {
    expect(midNameLetters('Société Générale SA')).toBe('SOCGEN');
    expect(midCityLetters('São Paulo')).toBe('SAO');
    expect(midCityLetters('Zürich')).toBe('ZUR');
  });

  it('takes the largest number of the address, at most its first four digits', () => {
    expect(midAddressNumber('1288 Longgang Avenue')).toBe('1288');
    expect(midAddressNumber('Room 5, 123 Main Street')).toBe('123');
    expect(midAddressNumber('Building 3, 12345 Industrial Park')).toBe('1234');
    expect(midAddressNumber('Hauptstraße')).toBe('');
  });

  it('splits a MID into its parts', () => {
    expect(splitMid('CNBRIELE1288SHE')).toEqual({ country: 'CN', name: 'BRIELE', number: '1288', city: 'SHE' });
    expect(splitMid('FRBERPAR')).toEqual({ country: 'FR', name: 'BER', number: '', city: 'PAR' });
  });

  it('accepts a well-built MID and explains a malformed one', () => {
    expect(midFormatProblem('CNBRIELE1288SHE')).toBeNull();
    expect(midFormatProblem('XOAMAPLA123TOR')).toBeNull();
    expect(midFormatProblem('CAAMAPLA123TOR')?.problem).toMatch(/CA/);
    expect(midFormatProblem('cnbriele1288she')).toEqual({ problem: 'is not in capital letters', fix: 'CNBRIELE1288SHE' });
    expect(midFormatProblem('CNBRIELE1288SHEEEE')?.problem).toMatch(/at most 15/);
  });
});

describe('hyphenated manufacturer names', () => {
  it('offers both readings, one word and two', async () => {
    const { midNameLetterOptions } = await import('../../../../lib/core/values/manufacturer-id');
    expect(midNameLetterOptions('Rice-Paddy Company')).toEqual(['RICCOM', 'RICPAD']);
    expect(midNameLetterOptions('Amalgamated Plastics Corp.')).toEqual(['AMAPLA']);
  });
});
