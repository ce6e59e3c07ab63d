import { describe, expect, it } from 'vitest';
import { readCatalogFile } from '../../../lib/core/read/read-catalog';
import { readScheduleFile } from '../../../lib/core/schedule/read-schedule';
import { validateTable } from '../../../lib/core/validate';
import { ACE_REPORT, fixtureLabels, sharedBytes } from '../../support/shared-data';

const schedule = readScheduleFile(sharedBytes(ACE_REPORT), 'cbp-hts-pga-report-2026-02-21.csv');

const key = (row: number | null, field: string | null, ruleId: string) => `${row}|${field ?? ''}|${ruleId}`;

describe.each(['catalog-en-400', 'catalog-de-300'])('labelled catalog %s', (name) => {
  const labels = fixtureLabels(name);
  const table = readCatalogFile(sharedBytes(`fixtures/${name}.csv`), `${name}.csv`);
  const report = validateTable(table, { schedule, checkDate: '2026-11-23' });
  const flagged = report.findings.filter((f) => f.severity !== 'info');

  it('maps every column the labels name', () => {
    for (const [field, header] of Object.entries(labels.columns)) {
      const match = report.mapping.matches.find((m) => m.field === field);
      expect(match?.header, field).toBe(header);
    }
  });

  it('reads every data row', () => {
    expect(report.rowCount).toBe(labels.rows);
  });

  it('finds every labelled problem (recall 100%)', () => {
    const found = new Set(flagged.map((f) => key(f.row, f.field, f.ruleId)));
    const missed = labels.labels.filter((l) => !found.has(key(l.row, l.field, l.ruleId)));
    expect(missed).toEqual([]);
  });

  it('flags nothing unlabelled as an error or warning (precision 100%)', () => {
    const expected = new Set(labels.labels.map((l) => key(l.row, l.field, l.ruleId)));
    const extra = flagged.filter((f) => !expected.has(key(f.row, f.field, f.ruleId)));
    expect(extra).toEqual([]);
  });
});
