import { describe, expect, it } from 'vitest';
import { CatalogReadError } from '../../../../lib/core/read/catalog-read-error';
import { readAcePgaReport } from '../../../../lib/core/schedule/read-ace-pga-report';
import { ACE_REPORT_SAMPLE } from '../../../support/schedule-samples';

describe('reading the ACE HTS PGA report', () => {
  const schedule = readAcePgaReport(ACE_REPORT_SAMPLE, 'hts-pga.csv');

  it('reads the report date from the preamble and names the schedule after the file', () => {
    expect(schedule).toMatchObject({ name: 'hts-pga.csv', format: 'ace-pga-report', jurisdiction: 'US', asOf: '2026-02-21' });
  });

  it('reads one line per tariff number, with units, agencies and dates', () => {
    expect(schedule.lines.size).toBe(8);
    expect(schedule.lines.get('0101210010')).toEqual({
      code: '0101210010',
      description: 'MALE HORSES, PUREBRED BREEDING',
      units: ['NO'],
      agencies: ['AM7', 'FD3'],
      effective: '2012-02-03',
      expires: '2030-12-31',
      leaf: true,
      antidumping: false,
      countervailing: false,
    });
    expect(schedule.lines.get('6109100012')).toMatchObject({ units: ['DOZ', 'KG'], agencies: [] });
    expect(schedule.lines.get('0302110010')?.agencies).toEqual(['FD2', 'NM1', 'FW1']);
    expect(schedule.lines.get('8471500160')).toMatchObject({ effective: '2026-07-01', expires: '2030-12-31' });
  });

  it('writes chapter 98/99 provisions without the report\'s leading 00', () => {
    expect(schedule.lines.has('0098010011')).toBe(false);
    expect(schedule.lines.get('98010011')).toMatchObject({ code: '98010011', units: ['KG'], agencies: ['FD3'] });
  });

  it('finds the header below however many preamble lines the report has', () => {
    const [first, ...rest] = ACE_REPORT_SAMPLE.split('\r\n');
    const longer = ['HTS PGA Report,,,', first, 'Generated for filer code XYZ,,,', ...rest].join('\r\n');
    const read = readAcePgaReport(longer, 'hts-pga.csv');
    expect(read.asOf).toBe('2026-02-21');
    expect(read.lines.size).toBe(8);
  });

  it('refuses a file without the "Tariff Number" header', () => {
    expect(() => readAcePgaReport('HTS Date:,2/21/2026\nCode,Description\n', 'other.csv')).toThrow(CatalogReadError);
  });

  it('refuses a line whose tariff number is not 10 digits, naming the line', () => {
    const broken = `${ACE_REPORT_SAMPLE}\r\n84713001,"SHORT CODE",1/1/2020,12/31/2030,NO,,,N,N,,,,,,,,,,`;
    expect(() => readAcePgaReport(broken, 'hts-pga.csv')).toThrow(/^hts-pga\.csv, line 12: "84713001" is not a 10-digit tariff number/);
  });
});
