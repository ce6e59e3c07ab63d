import { describe, expect, it } from 'vitest';
import { checkRowsInTurns, ROWS_PER_CHECK, withCheckedRows } from '../../../../lib/extension/messaging/chunk-rows';
import { MAX_CELL_LENGTH, MAX_COLUMNS, tableChunkEnvelope } from '../../../../lib/extension/messaging/messages';
import { fileChunkEnvelope, pageToWorker } from '../../../../lib/extension/messaging/worker-messages';

const rows = (count: number) => Array.from({ length: count }, (_, i) => [`SKU-${i}`, '8471.30.0100', 'CN']);

function countedTurns() {
  const counted = {
    turns: 0,
    turn: async () => {
      counted.turns++;
    },
  };
  return counted;
}

describe("a chunk's rows, checked a part at a time", () => {
  it('gives back the rows, taking a turn between parts', async () => {
    const counted = countedTurns();
    expect(await checkRowsInTurns(rows(ROWS_PER_CHECK * 2 + 1), counted.turn)).toEqual(rows(ROWS_PER_CHECK * 2 + 1));
    expect(counted.turns).toBe(2);
  });

  it('refuses the whole chunk for one bad row, in any part', async () => {
    for (const bad of [42, ['ok', 7], { cells: ['not a row'] }, null, Array.from({ length: MAX_COLUMNS + 1 }, () => 'x'), ['y'.repeat(MAX_CELL_LENGTH + 1)]]) {
      const sent: unknown[] = rows(ROWS_PER_CHECK * 2);
      sent[ROWS_PER_CHECK + 17] = bad;
      expect(await checkRowsInTurns(sent, countedTurns().turn)).toBeNull();
    }
  });

  it("a message's other fields are checked at once, its rows only in turns", async () => {
    const chunk = {
      type: 'file-chunk',
      scanId: crypto.randomUUID(),
      fileName: 'catalog.csv',
      headers: ['SKU', 'HTS', 'Origin'],
      startRow: 0,
      rows: [['A', 'B', 'C'], 7],
      totalRows: 2,
      last: true,
    };
    const envelope = pageToWorker.parse(chunk);
    expect(envelope.type).toBe('file-chunk');
    expect(await withCheckedRows(fileChunkEnvelope.parse(chunk))).toBeNull();
    expect(await withCheckedRows(fileChunkEnvelope.parse({ ...chunk, rows: [['A', 'B', 'C']], totalRows: 1 }))).toMatchObject({ rows: [['A', 'B', 'C']] });
    expect(pageToWorker.safeParse({ ...chunk, fileName: '' }).success).toBe(false);
  });

  it("a page's chunk must still give its row count at its last chunk, rows unchecked or not", () => {
    const chunk = {
      type: 'table-chunk',
      scanId: crypto.randomUUID(),
      tableId: 't0',
      page: { url: 'https://portal.example/entries', title: 'Entries' },
      headers: ['SKU'],
      startRow: 0,
      rows: [['A'], ['B']],
      last: true,
    };
    expect(tableChunkEnvelope.safeParse(chunk).success).toBe(false);
    expect(tableChunkEnvelope.safeParse({ ...chunk, totalRows: 2 }).success).toBe(true);
  });
});
