import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../../lib/cli/check-command';
import { compileHeaderVocabulary } from '../../../lib/core/mapping/header-evidence';
import { HEADER_VOCABULARY_AT_BUILD } from '../../../lib/core/mapping/header-vocabulary-at-build';
import { sharedPath } from '../../support/shared-data';

const BINARY = fileURLToPath(new URL('../../../bin/customs-preflight.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'customs-preflight-vocabulary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Headers written the many ways exports write them: abbreviations, compounds, other languages, a line column. */
const ODD_HEADERS = `Pos.;Artikelnr;Warenbeschreibung;Zolltarifnummer;Ursprungsland;Menge;ME;Stückpreis;Gesamtwert;Währung;Nettogewicht (kg);Bruttogew.;Hersteller;MID;Lieferbed.
1;A-1;Kugellager aus Stahl;8482.10.5044;CN;10;NO;4,50;45,00;EUR;1,2;1,5;Wuxi Bearings;CNWUXBEA12WUX;FOB
2;A-2;Baumwollhemden für Herren;6205.20.2016;VN;100;DOZ;12,00;1200,00;EUR;30;32;Saigon Garment;VNSAIGAR5HO;EXW
`;

describe('the header vocabulary compiled into dist/cli.js', { timeout: 60_000 }, () => {
  it('is plain data: the build writes it as JSON and reads back the same', () => {
    const compiled = compileHeaderVocabulary();
    expect(JSON.parse(JSON.stringify(compiled))).toEqual(compiled);
    expect(compiled.fields.length).toBeGreaterThan(10);
    // Outside the command line's bundle nothing is compiled ahead: the module says so.
    expect(HEADER_VOCABULARY_AT_BUILD).toBeUndefined();
  });

  it('maps headers in the built binary exactly as the source does', async () => {
    const odd = join(dir, 'odd-headers.csv');
    writeFileSync(odd, ODD_HEADERS);
    for (const file of [odd, sharedPath('fixtures/catalog-de-300.csv'), sharedPath('fixtures/catalog-en-400.csv')]) {
      const args = ['check', file, '--format', 'json', '--date', '2026-11-23'];
      const built = spawnSync(process.execPath, [BINARY, ...args], { encoding: 'utf8', timeout: 60_000 });
      const source = await runCheck(args.slice(1));
      expect(built.stderr).toBe(source.stderr);
      expect(built.stdout).toBe(source.stdout);
    }
  });
});
