import { describe, expect, it } from 'vitest';
import { CatalogReadError } from '../../../../lib/core/read/catalog-read-error';
import { readUsitcCsv, readUsitcJson } from '../../../../lib/core/schedule/read-usitc-export';
import { USITC_CSV_SAMPLE, USITC_JSON_SAMPLE } from '../../../support/schedule-samples';

describe('reading the USITC HTS export (JSON)', () => {
  const schedule = readUsitcJson(USITC_JSON_SAMPLE, 'hts.json');

  it('keeps 8- and 10-digit lines, as digits, and skips headings and text lines', () => {
    expect([...schedule.lines.keys()].sort()).toEqual(['01012100', '0101210010', '0101210020', '0101300000', '6109100012', '98010010']);
    expect(schedule).toMatchObject({ name: 'hts.json', format: 'usitc-json', jurisdiction: 'US', asOf: null });
  });

  it('reads units as census codes', () => {
    expect(schedule.lines.get('0101210010')?.units).toEqual(['NO']);
    expect(schedule.lines.get('6109100012')?.units).toEqual(['DOZ', 'KG']);
  });

  it('marks an 8-digit subheading with 10-digit lines below it as not a leaf', () => {
    expect(schedule.lines.get('01012100')?.leaf).toBe(false);
    expect(schedule.lines.get('0101210010')?.leaf).toBe(true);
    expect(schedule.lines.get('0101300000')?.leaf).toBe(true);
    // A chapter 98 provision without statistical suffixes is a line of its own.
    expect(schedule.lines.get('98010010')?.leaf).toBe(true);
  });

  it('has no dates or agency flags (the export carries neither)', () => {
    expect(schedule.lines.get('0101210010')).toMatchObject({ effective: null, expires: null, agencies: [] });
  });

  it('refuses JSON that is not the export', () => {
    expect(() => readUsitcJson('[{"code":"0101"}]', 'hts.json')).toThrow(/entry 1 has no "htsno"/);
    expect(() => readUsitcJson('{"htsno":"0101"}', 'hts.json')).toThrow(CatalogReadError);
    expect(() => readUsitcJson('[{"htsno":', 'hts.json')).toThrow(/not valid JSON/);
    expect(() => readUsitcJson('[{"htsno":"0101","units":[]}]', 'hts.json')).toThrow(/no 8- or 10-digit/);
  });
});

describe('reading the USITC HTS export (CSV)', () => {
  const schedule = readUsitcCsv(USITC_CSV_SAMPLE, 'hts.csv');

  it('reads the same lines as the JSON form', () => {
    expect(schedule.format).toBe('usitc-csv');
    expect([...schedule.lines.keys()].sort()).toEqual(['01012100', '0101210010', '0101210020', '6109100012']);
    expect(schedule.lines.get('01012100')?.leaf).toBe(false);
    expect(schedule.lines.get('0101210020')).toMatchObject({ description: 'Females', units: ['NO'], leaf: true });
    expect(schedule.lines.get('6109100012')?.units).toEqual(['DOZ', 'KG']);
  });

  it('refuses a CSV without an "HTS Number" column', () => {
    expect(() => readUsitcCsv('"Code","Description"\n"0101","Horses"\n', 'hts.csv')).toThrow(/no "HTS Number" column/);
  });
});
