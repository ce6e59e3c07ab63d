import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../lib/cli/check-command';
import { changeLogPath } from '../../../lib/cli/fix-out';

const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url).pathname;

describe('customs-preflight check --fix-out, --fix-rules, --sheet', () => {
  it('writes the fixed workbook and its change log beside it, and says where', async () => {
    const out = join('/tmp', 'out', 'catalog.fixed.xlsx');
    const result = await runCheck([fixture('xlsx/libreoffice-catalog.xlsx'), '--date', '2026-03-01', '--fix-out', out]);
    expect(result.exitCode).toBe(1);
    expect(result.files?.map((f) => f.path)).toEqual([out, '/tmp/out/catalog.fixed.changes.csv']);
    expect(Buffer.from(result.files![0]!.bytes).equals(readFileSync(fixture('fixed/libreoffice-catalog.fixed.xlsx')))).toBe(true);
    expect(new TextDecoder().decode(result.files![1]!.bytes)).toBe(readFileSync(fixture('fixed/libreoffice-catalog.fixed.changes.csv'), 'utf8'));
    expect(result.stderr).toContain(`customs-preflight: fixed catalog written to ${out} (3 cells changed); change log: /tmp/out/catalog.fixed.changes.csv`);
    expect(result.stderr).toContain('only sheet "Catalog" was checked and changed');
  });

  it('applies only the corrections of --fix-rules', async () => {
    const result = await runCheck([fixture('fixed/katalog-de.csv'), '--date', '2026-03-01', '--fix-out', '/tmp/k.csv', '--fix-rules', 'origin-invalid,currency-invalid']);
    expect(new TextDecoder().decode(result.files![1]!.bytes)).toBe('row,column,old,new,rule\n2,Ursprungsland,China,CN,origin-invalid\n2,Währung,Euro,EUR,currency-invalid\n');
  });

  it('checks the sheet named by --sheet, and refuses a rule it does not know or --fix-rules alone', async () => {
    const notes = await runCheck([fixture('xlsx/libreoffice-catalog.xlsx'), '--sheet', 'Notes', '--format', 'json']);
    expect(JSON.parse(notes.stdout)).toMatchObject({ rowCount: 1 });
    const missing = await runCheck([fixture('xlsx/libreoffice-catalog.xlsx'), '--sheet', 'Invoices']);
    expect(missing).toMatchObject({ exitCode: 2 });
    expect(missing.stderr).toContain('has no sheet named "Invoices". Its sheets are: "Catalog", "Notes".');
    expect((await runCheck([fixture('fixed/katalog-de.csv'), '--fix-out', '/tmp/x.csv', '--fix-rules', 'no-such-rule'])).stderr).toContain('Unknown rule "no-such-rule" in --fix-rules');
    expect((await runCheck([fixture('fixed/katalog-de.csv'), '--fix-rules', 'origin-invalid'])).stderr).toContain('--fix-rules needs --fix-out FILE.');
    expect((await runCheck([fixture('fixed/katalog-de.csv'), '--fix-out', fixture('fixed/katalog-de.csv')])).stderr).toContain('--fix-out must name a new file');
  });

  it('names the change log after the fixed file, in the same folder', async () => {
    expect(changeLogPath('catalog.fixed.csv')).toBe('catalog.fixed.changes.csv');
    expect(changeLogPath('/data/out/fixed')).toBe('/data/out/fixed.changes.csv');
  });
});
