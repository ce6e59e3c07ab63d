import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, injectContentScript, listAndSend, openFixture, startHarness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** What long-table-shapes.js's rows read as: hidden and repeated-header rows left out, spans read where the user reads them. */
function expectedRows(): string[][] {
  const rows: string[][] = [];
  for (let line = 1; line <= 1200; line++) {
    if (line === 600 || line === 700 || line === 1000) continue;
    if (line === 501) rows.push(['P500', 'Part 501', 'CN']);
    else if (line === 800) rows.push(['P800 Part 800', '', 'DE']);
    else if (line === 900) rows.push(['P900', 'Part 900 typed', 'DE']);
    else rows.push([`P${line}`, `Part ${line}`, 'DE']);
  }
  return rows;
}

describe('a long HTML table (read in slices, plain rows without placement)', () => {
  it('reads spanning, hidden, repeated-header, control and untidy rows as the general reader does, and every plain row around them', async () => {
    await openFixture(harness, 'long-table-shapes.html');
    await injectContentScript(harness);
    const read = await listAndSend(harness);
    expect(read.tables[0]).toMatchObject({ kind: 'html-table', headers: ['Part number', 'Description', 'Origin'] });
    expect(read.headers).toEqual(['Part number', 'Description', 'Origin']);
    expect(read.rows).toEqual(expectedRows());
    // The <select>'s label travels with the rows, beside the code it submits.
    const shown = read.chunks.flatMap((chunk) => chunk.shown ?? []);
    expect(shown).toEqual([{ row: expectedRows().findIndex((row) => row[0] === 'P900') + 1, column: 2, text: 'Alemania' }]);
  });
});
