import { describe, expect, it } from 'vitest';
import { validateTable } from '../../lib/core/validate';
import { CATALOG_PAGES, expectedTable, labelsFromRules, pageLabels } from './fixture-pages';

const key = (label: { row: number; field: string | null; ruleId: string }) => `${label.row}|${label.field ?? ''}|${label.ruleId}`;

// The fixture pages' labels are the problems seeded in them. The rules (US, no schedule) must
// find each one (recall) and nothing else at error or warning level (precision): a clean line
// that gets flagged, or a seeded one that does not, fails here before any browser test runs.
describe.each(CATALOG_PAGES)('labelled fixture page %s', (page) => {
  const table = expectedTable(page);
  const labels = pageLabels(page);
  const found = labelsFromRules(table);

  it('has as many rows as its labels say', () => {
    expect(table.rows.length).toBe(labels.rows);
  });

  it('every seeded problem is found', () => {
    const keys = new Set(found.labels.map(key));
    expect(labels.labels.filter((label) => !keys.has(key(label)))).toEqual([]);
  });

  it('no clean row gets an error or warning', () => {
    const keys = new Set(labels.labels.map(key));
    expect(found.labels.filter((label) => !keys.has(key(label)))).toEqual([]);
  });

  it('has no table-level error or warning (every needed column is recognised)', () => {
    const report = validateTable({ ...table, sourceName: page });
    expect(report.findings.filter((finding) => finding.row === null && finding.severity !== 'info')).toEqual([]);
  });
});
