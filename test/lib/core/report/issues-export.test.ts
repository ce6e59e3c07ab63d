import { RULE_IDS } from '../../../../lib/core/rules/registry';
import { describe, expect, it } from 'vitest';
import { ISSUES_FORMAT, issuesJson, issuesJsonPieces, toIssuesExport } from '../../../../lib/core/report/issues-export';
import { issuesExportSchema } from '../../../../lib/core/report/issues-export-schema';
import { FindingTally, summarize } from '../../../../lib/core/report/summary';
import { checkCatalog, scheduleOf } from '../../../support/catalog-builder';

const checkInvoice = () =>
  checkCatalog({
    source: 'invoice-4711.csv',
    headers: ['Part No', 'Description', 'HTS Code', 'COO', 'Qty', 'UOM', 'Unit Price', 'Remarks'],
    rows: [
      ['BK-100', 'Laptop computers, 14 inch', '8471.30.0100', 'CN', '10', 'NO', '450.00', ''],
      ['CP-200', 'Parts', '8471.30.0190', 'UK', '2.5', 'PCS', 'TBD', 'rush'],
    ],
    schedule: scheduleOf([{ code: '8471300100', units: ['NO'] }], { asOf: '2026-02-21' }),
    checkDate: '2026-03-01',
  });
const report = checkInvoice();

describe('the customs-preflight/issues@1 export', () => {
  const exported = toIssuesExport(report);

  it('parses with its published schema', () => {
    expect(issuesExportSchema.parse(JSON.parse(issuesJson(report)))).toEqual(exported);
  });

  it('says what was checked, how, and with which schedule', () => {
    expect(exported).toMatchObject({
      format: ISSUES_FORMAT,
      source: 'invoice-4711.csv',
      jurisdiction: 'US',
      checkDate: '2026-03-01',
      schedule: { name: 'test-schedule.csv', format: 'ace-pga-report', asOf: '2026-02-21', lines: 1 },
      rowCount: 2,
      unmappedColumns: ['Remarks'],
    });
    expect(exported.mapping).toContainEqual(expect.objectContaining({ field: 'hts', column: 'HTS Code', columnIndex: 2, how: 'exact', synonym: 'hts code' }));
    expect(exported.rulesRun).toContain('hts-unknown');
    expect(exported.rulesSkipped).toContainEqual(expect.objectContaining({ ruleId: 'eori-format', reason: 'does not apply to US' }));
  });

  it('holds every finding of the report, and a summary that counts them', () => {
    expect(exported.findings).toEqual(report.findings);
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    expect(exported.summary.error).toBe(errors);
    expect(exported.summary.error + exported.summary.warning + exported.summary.info).toBe(report.findings.length);
    expect(Object.values(exported.summary.byRule).reduce((a, b) => a + b, 0)).toBe(report.findings.length);
    expect(exported.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['description-vague', 'origin-invalid', 'hts-unknown', 'quantity-invalid', 'value-invalid']),
    );
  });

  it('is the same bytes every time for the same check (no timestamp)', () => {
    expect(issuesJson(report)).toBe(issuesJson(checkInvoice()));
  });

  it('rejects an export whose findings do not have the documented shape', () => {
    const broken = { ...exported, findings: [{ ...exported.findings[0]!, row: 0 }] };
    expect(issuesExportSchema.safeParse(broken).success).toBe(false);
    expect(issuesExportSchema.safeParse({ ...exported, format: 'customs-preflight/issues@2' }).success).toBe(false);
  });
});

describe('the issues@1 export written a piece at a time', () => {
  // Forty lines, each with several findings, so the findings span many pieces.
  const many = checkCatalog({
    source: 'many.csv',
    headers: ['Part No', 'Description', 'HTS Code', 'COO', 'Qty', 'UOM', 'Unit Price'],
    rows: Array.from({ length: 40 }, (_, i) => [`P-${i}`, i % 2 ? 'Parts' : 'Laptop computers, 14 inch', '8471.30.0100', i % 3 ? 'UK' : 'CN', '2.5', 'PCS', 'TBD']),
    checkDate: '2026-03-01',
  });

  it('is compact JSON equal to the export, whatever the piece size', () => {
    expect(many.findings.length).toBeGreaterThan(40);
    for (const perPiece of [1, 7, 2_000]) {
      const pieces = [...issuesJsonPieces(many, perPiece)];
      expect(pieces.join('')).toBe(`${JSON.stringify(toIssuesExport(many))}\n`);
      expect(pieces.length).toBe(2 + Math.ceil(many.findings.length / perPiece));
    }
    expect(issuesExportSchema.parse(JSON.parse([...issuesJsonPieces(many, 7)].join('')))).toEqual(toIssuesExport(many));
  });

  it('flags the texts with hidden characters of the findings it writes', () => {
    const spoofed = checkCatalog({ headers: ['Part No', 'COO'], rows: [['P-1', 'C\u202EN'], ['P-2', 'XX']], checkDate: '2026-03-01' });
    const written = issuesExportSchema.parse(JSON.parse([...issuesJsonPieces(spoofed, 1)].join('')));
    expect(written.findings.find((f) => f.value === 'C\u202EN')?.hiddenCharacters).toEqual(['value', 'message']);
    expect(written.findings.find((f) => f.value === 'XX')).toBeDefined();
    expect(written.findings.find((f) => f.value === 'XX')?.hiddenCharacters).toBeUndefined();
  });

  it('writes a report without findings as valid JSON too', () => {
    const clean = checkCatalog({ headers: ['Description'], rows: [] });
    const text = [...issuesJsonPieces({ ...clean, findings: [] })].join('');
    expect(issuesExportSchema.parse(JSON.parse(text)).findings).toEqual([]);
  });

  it('is what issuesJson returns', () => {
    expect(issuesJson(many)).toBe([...issuesJsonPieces(many)].join(''));
  });
});

describe('summarize', () => {
  it('counts by severity and by rule, most frequent first', () => {
    const finding = (ruleId: string, severity: 'error' | 'warning' | 'info') => ({ ruleId, severity, row: 1, field: null, column: null, value: null, message: '' });
    const summary = summarize([finding('b-rule', 'error'), finding('a-rule', 'warning'), finding('b-rule', 'error'), finding('c-rule', 'info')]);
    expect(summary).toEqual({ error: 2, warning: 1, info: 1, byRule: { 'b-rule': 2, 'a-rule': 1, 'c-rule': 1 } });
    expect(Object.keys(summary.byRule)).toEqual(['b-rule', 'a-rule', 'c-rule']);
  });

  it('orders rules found as often as each other as localeCompare does, for every rule id', () => {
    const finding = (ruleId: string) => ({ ruleId, severity: 'info' as const, row: 1, field: null, column: null, value: null, message: '' });
    const ids = [...RULE_IDS].reverse();
    expect(Object.keys(summarize(ids.map(finding)).byRule)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('is the same counted a slice at a time (FindingTally, as the service worker counts)', () => {
    const severities = ['error', 'warning', 'info'] as const;
    const findings = Array.from({ length: 25 }, (_, i) => ({ ruleId: RULE_IDS[i % 4]!, severity: severities[i % 3]!, row: i, field: null, column: null, value: null, message: '' }));
    const tally = new FindingTally();
    for (let start = 0; start < findings.length; start += 7) tally.add(findings, start, start + 7);
    expect(tally.summary()).toEqual(summarize(findings));
    expect(Object.keys(tally.summary().byRule)).toEqual(Object.keys(summarize(findings).byRule));
  });
});
