import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../../lib/cli/check-command';
import { issuesExportSchema } from '../../../lib/core/report/issues-export-schema';
import { ACE_REPORT_SAMPLE } from '../../support/schedule-samples';

const dir = mkdtempSync(join(tmpdir(), 'customs-preflight-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const HEADER = 'Part No,Description,Tariff No.,COO,Qty,UOM,Unit Price,Ext. Value';
const clean = file('clean.csv', `${HEADER}\nBK-100,"Laptop computers, 14 inch",8471.30.0100,CN,10,NO,450.00,4500.00\n`);
const withErrors = file('errors.csv', `${HEADER}\nCP-200,Parts,8471.30.0100,UK,10,NO,450.00,4500.00\n`);
const schedule = file('hts-pga.csv', ACE_REPORT_SAMPLE);
// 8471.50.0150 expired at the end of 2025 in the sample schedule.
const expiring = file('expiring.csv', `${HEADER}\nBK-300,Processing units for computers,8471.50.0150,CN,10,NO,450.00,4500.00\n`);

describe('customs-preflight check: exit status', () => {
  it('exits 0 for a catalog without errors', async () => {
    const result = await runCheck([clean, '--date', '2026-03-01']);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(result.stdout).toContain('0 errors');
  });

  it('exits 1 when there are error-level findings', async () => {
    const result = await runCheck([withErrors, '--date', '2026-03-01']);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('description-vague');
    expect(result.stdout).toContain('origin-invalid');
  });

  it('accepts the "check" word before the file, as the binary passes it', async () => {
    expect((await runCheck(['check', clean, '--date', '2026-03-01'])).exitCode).toBe(0);
  });

  it('exits 2 for a file that does not exist, naming it', async () => {
    const missing = join(dir, 'missing.csv');
    const result = await runCheck([missing]);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toBe(`customs-preflight: ${missing}: cannot be opened (no such file).\n`);
  });

  it('exits 2 for a folder, a missing schedule or a binary file, naming each', async () => {
    expect((await runCheck([dir])).stderr).toContain(`${dir}: cannot be opened (is a folder, not a file)`);
    const noSchedule = join(dir, 'no-schedule.csv');
    expect(await runCheck([clean, '--schedule', noSchedule])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining(noSchedule) });
    const xlsx = file('catalog.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]));
    expect(await runCheck([xlsx])).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/catalog\.xlsx: is not a complete \.xlsx workbook/) });
    const pdf = file('catalog.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 0]));
    expect(await runCheck([pdf])).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/catalog\.pdf: is not a text file/) });
  });

  it('exits 2 for a malformed CSV, naming the file and the line', async () => {
    const malformed = file('malformed.csv', `${HEADER}\nBK-100,"Laptop computers,8471.30.0100,CN,10,NO,450.00,4500.00\n`);
    const result = await runCheck([malformed]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^customs-preflight: ${malformed.replace(/[.\\]/g, '\\$&')}, line 2: a quoted cell is never closed`));
  });

  it('exits 2 for an unknown format, with the usage', async () => {
    const result = await runCheck([clean, '--format', 'xml']);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toMatch(/^Unknown format "xml": use text, json or csv\./);
    expect(result.stderr).toContain('Usage: customs-preflight check');
  });

  it('exits 2 for --map with an unknown field, or a header the file does not have (naming the file)', async () => {
    const unknownField = await runCheck([clean, '--map', 'tariff=HTS']);
    expect(unknownField.exitCode).toBe(2);
    expect(unknownField.stderr).toMatch(/--map takes field=Header.*got "tariff=HTS"/);
    const missingHeader = await runCheck([clean, '--map', 'hts=Tariff Number']);
    expect(missingHeader.exitCode).toBe(2);
    expect(missingHeader.stderr).toContain(`${clean}: Column "Tariff Number" given for hts is not in the table`);
    expect(missingHeader.stderr).toContain('"Tariff No."');
  });

  it('exits 2 for a date that is not a real day', async () => {
    for (const date of ['tomorrow', '2026-13-01', '2026-02-30', '01/03/2026']) {
      const result = await runCheck([clean, '--date', date]);
      expect(result.exitCode, date).toBe(2);
      expect(result.stderr).toContain(`--date must be a date like 2026-03-01, not "${date}"`);
    }
  });

  it('exits 2 for an unknown jurisdiction or rule, and for no file or two files', async () => {
    expect((await runCheck([clean, '--jurisdiction', 'XX'])).exitCode).toBe(2);
    expect((await runCheck([clean, '--rules', 'hts-format,no-such-rule'])).stderr).toMatch(/Unknown rule "no-such-rule"/);
    expect((await runCheck([])).stderr).toMatch(/Give exactly one catalog file/);
    expect((await runCheck([clean, withErrors])).exitCode).toBe(2);
  });
});

describe('customs-preflight check: output', () => {
  it('writes the issues@1 JSON export with --format json', async () => {
    const result = await runCheck([withErrors, '--format', 'json', '--date', '2026-03-01']);
    const exported = issuesExportSchema.parse(JSON.parse(result.stdout));
    expect(exported).toMatchObject({ source: withErrors, jurisdiction: 'US', checkDate: '2026-03-01', rowCount: 1 });
    expect(exported.findings.map((f) => [f.row, f.ruleId, f.fix ?? null])).toEqual(
      expect.arrayContaining([
        [1, 'origin-invalid', 'GB'],
        [1, 'description-vague', expect.any(String)],
      ]),
    );
  });

  it('writes the issues CSV with --format csv', async () => {
    const result = await runCheck([withErrors, '--format', 'csv', '--date', '2026-03-01']);
    const rows = Papa.parse<string[]>(result.stdout.trimEnd()).data;
    expect(rows[0]).toEqual(['row', 'severity', 'rule', 'field', 'column', 'value', 'message', 'fix']);
    expect(rows).toContainEqual(['1', 'error', 'origin-invalid', 'origin', 'COO', 'UK', expect.any(String), 'GB']);
  });

  it('uses a column named with --map', async () => {
    const odd = file('odd-headers.csv', 'Ref,Text,Code,COO,Qty,Unit Price\nBK-100,"Laptop computers, 14 inch",8471.3O.0100,CN,10,450.00\n');
    const unmapped = issuesExportSchema.parse(JSON.parse((await runCheck([odd, '--format', 'json', '--date', '2026-03-01'])).stdout));
    expect(unmapped.findings).toContainEqual(expect.objectContaining({ ruleId: 'column-missing', field: 'hts' }));
    const mapped = issuesExportSchema.parse(
      JSON.parse((await runCheck([odd, '--format', 'json', '--date', '2026-03-01', '--map', 'hts=Code', '--map', 'description=Text'])).stdout),
    );
    expect(mapped.mapping).toContainEqual(expect.objectContaining({ field: 'hts', column: 'Code', columnIndex: 2, how: 'override', why: 'set by you' }));
    expect(mapped.findings.filter((f) => f.ruleId === 'column-missing')).toEqual([]);
    expect(mapped.findings).toContainEqual(expect.objectContaining({ ruleId: 'hts-format', row: 1, column: 'Code', fix: '8471300100' }));
  });

  it('checks codes against the schedule as in force on --date', async () => {
    const before = await runCheck([expiring, '--schedule', schedule, '--date', '2025-12-31', '--format', 'json']);
    const after = await runCheck([expiring, '--schedule', schedule, '--date', '2026-01-01', '--format', 'json']);
    expect(before.exitCode).toBe(0);
    expect(after.exitCode).toBe(1);
    const unknownAfter = issuesExportSchema.parse(JSON.parse(after.stdout)).findings.filter((f) => f.ruleId === 'hts-unknown');
    expect(unknownAfter).toEqual([expect.objectContaining({ row: 1, message: expect.stringContaining('expired on 2025-12-31') })]);
    expect(issuesExportSchema.parse(JSON.parse(before.stdout)).schedule).toMatchObject({ name: schedule, asOf: '2026-02-21', lines: 8 });
  });

  it('runs only the rules named with --rules', async () => {
    const exported = issuesExportSchema.parse(JSON.parse((await runCheck([withErrors, '--rules', 'origin-invalid', '--format', 'json', '--date', '2026-03-01'])).stdout));
    expect(exported.rulesRun).toEqual(['origin-invalid']);
    expect(new Set(exported.findings.map((f) => f.ruleId))).toEqual(new Set(['origin-invalid']));
  });

  it('uses the built-in schedule without --schedule, names it, and warns when --date is more than 90 days after it', async () => {
    const recent = await runCheck([clean, '--date', '2026-03-01']);
    expect(recent.stdout).toContain('Tariff schedule: built-in U.S. schedule (CBP ACE "HTS PGA report" of 2026-02-21), 22,154 lines.');
    expect(recent.stdout).not.toContain('Warning: The tariff schedule');
    const late = await runCheck([clean, '--date', '2026-12-01']);
    expect(late.stdout).toMatch(/Warning: The tariff schedule is from 2026-02-21, 283 days before the check date 2026-12-01: .*https:\/\/ace\.cbp\.dhs\.gov\/.*https:\/\/hts\.usitc\.gov\//);
    const exported = issuesExportSchema.parse(JSON.parse((await runCheck([clean, '--date', '2026-12-01', '--format', 'json'])).stdout));
    expect(exported.schedule).toEqual({ name: 'built-in U.S. schedule (CBP ACE "HTS PGA report" of 2026-02-21)', format: 'ace-pga-report', asOf: '2026-02-21', lines: 22154, builtIn: true });
  });

  it('prints the usage with --help', async () => {
    expect(await runCheck(['--help'])).toMatchObject({ exitCode: 0, stdout: expect.stringContaining('Usage: customs-preflight check') });
  });
});

describe('customs-preflight check: a catalog exported with its total row', () => {
  // ERP exports often end with the row that sums the lines up: it is no line of goods.
  const withTotal = file('with-total.csv', `${HEADER}\nBK-100,"Laptop computers, 14 inch",8471.30.0100,CN,10,NO,450.00,4500.00\nTotal,,,,10,,,4500.00\n`);

  it('exits 0, and the text report names the total row it left out', async () => {
    const result = await runCheck([withTotal, '--date', '2026-03-01']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('1 row left out as a total, not a line of goods: row 2 ("Total").');
  });

  it('the JSON report lists it, and still validates against its schema', async () => {
    const result = await runCheck([withTotal, '--date', '2026-03-01', '--format', 'json']);
    const report = issuesExportSchema.parse(JSON.parse(result.stdout));
    expect(report.summaryRows).toEqual([{ row: 2, text: 'Total' }]);
    expect(report.findings.filter((finding) => finding.row === 2)).toEqual([]);
  });
});
