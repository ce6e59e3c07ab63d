import { describe, expect, it } from 'vitest';
import { chapterProblem, classifiableDigits, formatUsCode, parseTariffCode } from '../../../../lib/core/values/tariff-code';

describe('parseTariffCode', () => {
  it('reads the digits of a code however it is grouped', () => {
    for (const text of ['8471.30.0100', '8471300100', '8471.30.01.00', ' 8471 30 0100 ']) {
      expect(parseTariffCode(text, 'US')).toMatchObject({ digits: '8471300100', problem: null });
    }
  });

  it('returns no digits for text with letters, and a fix only for look-alike letters', () => {
    expect(parseTariffCode('8471.3O.0100', 'US')).toMatchObject({ digits: null, fix: '8471300100' });
    expect(parseTariffCode('847I300100', 'US')).toMatchObject({ digits: null, fix: '8471300100' });
    expect(parseTariffCode('HTS 8471', 'US')).toMatchObject({ digits: null, fix: undefined });
  });
});

describe('chapterProblem', () => {
  it('knows chapters 00 and 77 are never right and 98/99 are special', () => {
    expect(chapterProblem('0012345678', 'US')?.severity).toBe('error');
    expect(chapterProblem('7712345678', 'US')?.severity).toBe('error');
    expect(chapterProblem('9801001000', 'US')?.severity).toBe('warning');
    expect(chapterProblem('0098010011', 'US')).toMatchObject({ chapter: '98', severity: 'warning' });
    expect(chapterProblem('8471300100', 'US')).toBeNull();
  });
});

describe('classifiableDigits', () => {
  it('gives the digits of a well-formed code in chapters 01–97 only', () => {
    expect(classifiableDigits('8471.30.0100', 'US')).toBe('8471300100');
    expect(classifiableDigits('84713000', 'EU')).toBe('84713000');
    expect(classifiableDigits('84713000', 'US')).toBeNull();
    expect(classifiableDigits('9801.00.10', 'US')).toBeNull();
    expect(classifiableDigits('', 'US')).toBeNull();
  });
});

describe('formatUsCode', () => {
  it('writes codes the way the HTSUS prints them', () => {
    expect(formatUsCode('8471300100')).toBe('8471.30.0100');
    expect(formatUsCode('98010010')).toBe('9801.00.10');
    expect(formatUsCode('847130')).toBe('847130');
  });
});
