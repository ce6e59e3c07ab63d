import { describe, expect, it } from 'vitest';
import { readCatalogFile } from '../../../lib/core/read/read-catalog';
import { withBuiltInReference } from '../../../lib/core/reference/built-in-us-tariff';
import { validateTable } from '../../../lib/core/validate';
import { fixtureLabels, sharedBytes } from '../../support/shared-data';
import { NEWER_THAN_LABELS, section301FindingsAreRight } from '../../support/labelled-scoring';

const key = (row: number | null, field: string | null, ruleId: string) => `${row}|${field ?? ''}|${ruleId}`;

// Checked as the product checks them with nothing loaded: no schedule option, so the built-in
// U.S. schedule and Section 301 list are used.
describe.each(['catalog-en-400', 'catalog-de-300'])('labelled catalog %s', async (name) => {
  const labels = fixtureLabels(name);
  const table = readCatalogFile(sharedBytes(`fixtures/${name}.csv`), `${name}.csv`);
  const report = validateTable(table, await withBuiltInReference({ checkDate: '2026-11-23' }));
  const flagged = report.findings.filter((f) => f.severity !== 'info');

  it('is checked against the built-in schedule, named with its date', () => {
    expect(report.schedule).toMatchObject({ builtIn: true, asOf: '2026-02-21', lines: 22154 });
  });

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

  it('flags nothing unlabelled as an error or warning (precision 100%), rules newer than the labels aside', () => {
    const expected = new Set(labels.labels.map((l) => key(l.row, l.field, l.ruleId)));
    const extra = flagged.filter((f) => !expected.has(key(f.row, f.field, f.ruleId)) && !NEWER_THAN_LABELS.includes(f.ruleId));
    expect(extra).toEqual([]);
  });

  it('flags Section 301 lines only where the origin is China, the subheading is listed and no 9903 number is given', () => {
    expect(report.findings.some((f) => f.ruleId === 'duty-301')).toBe(true);
    expect(section301FindingsAreRight(report, table)).toEqual([]);
  });
});
