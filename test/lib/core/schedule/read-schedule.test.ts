import { describe, expect, it } from 'vitest';
import { CatalogReadError } from '../../../../lib/core/read/catalog-read-error';
import { readScheduleFile, readScheduleText } from '../../../../lib/core/schedule/read-schedule';
import { lookupCode } from '../../../../lib/core/schedule/tariff-schedule';
import { ACE_REPORT, sharedBytes } from '../../../support/shared-data';
import { ACE_REPORT_SAMPLE, USITC_CSV_SAMPLE, USITC_JSON_SAMPLE } from '../../../support/schedule-samples';

describe('recognising a schedule file', () => {
  it('tells the ACE report and the two USITC forms apart by their content', () => {
    expect(readScheduleText(ACE_REPORT_SAMPLE, 'a.csv').format).toBe('ace-pga-report');
    expect(readScheduleText(USITC_JSON_SAMPLE, 'b.json').format).toBe('usitc-json');
    expect(readScheduleText(USITC_CSV_SAMPLE, 'c.csv').format).toBe('usitc-csv');
    expect(readScheduleText(`\uFEFF${USITC_CSV_SAMPLE}`, 'c.csv').format).toBe('usitc-csv');
  });

  it('refuses anything else with a CatalogReadError naming both formats', () => {
    for (const text of ['Part No,Description\nA1,Bolts\n', '', '{"rows":[]}']) {
      expect(() => readScheduleText(text, 'catalog.csv')).toThrow(CatalogReadError);
      expect(() => readScheduleText(text, 'catalog.csv')).toThrow(/catalog\.csv: is not a tariff schedule.*ACE.*USITC/);
    }
  });

  it('refuses binary bytes before guessing a format', () => {
    expect(() => readScheduleFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'hts.xlsx')).toThrow(/not a text file/);
  });
});

describe('the real ACE HTS PGA report of 2026-02-21', () => {
  const schedule = readScheduleFile(sharedBytes(ACE_REPORT), 'cbp-hts-pga-report-2026-02-21.csv');

  it('loads all 22,154 lines', () => {
    expect(schedule.lines.size).toBe(22154);
    expect(schedule.asOf).toBe('2026-02-21');
  });

  it('has the lines the catalogs use, in force on the report date', () => {
    expect(lookupCode(schedule, '0101210010', '2026-02-21')).toMatchObject({ status: 'in-force', line: { units: ['NO'], agencies: ['AM7', 'FD3'] } });
    expect(lookupCode(schedule, '98010011', '2026-02-21').status).toBe('in-force');
    expect(lookupCode(schedule, '8471300190', '2026-02-21').status).toBe('absent');
  });
});
