import { describe, expect, it } from 'vitest';
import { ROWS_PER_CHUNK, tableChunkMessage } from '../../../lib/extension/messaging/messages';
import { tableChunks } from '../../../lib/page/table-chunks';

const source = { scanId: '4a3a2f4e-8f3c-4c39-9f35-1b1f6a1d2c3b', tableId: 't0', page: { url: 'https://portal.example/entry', title: 'Entry' } };

describe('table chunks', () => {
  it("carry each <select>'s shown label with the chunk that holds its row, and parse with the chunk schema", () => {
    const rows = Array.from({ length: ROWS_PER_CHUNK * 2 + 5 }, (_, i) => [String(i + 1), 'DE']);
    const shownTexts = [
      { row: 1, column: 1, text: 'Alemania' },
      { row: ROWS_PER_CHUNK, column: 1, text: 'Alemania' },
      { row: ROWS_PER_CHUNK + 1, column: 1, text: 'Alemania' },
      { row: ROWS_PER_CHUNK * 2 + 5, column: 1, text: 'Alemania' },
    ];
    const chunks = [...tableChunks({ headers: ['Line', 'Origin'], rows, shownTexts }, source)];
    expect(chunks.map((chunk) => chunk.shown?.map((cell) => cell.row))).toEqual([[1, ROWS_PER_CHUNK], [ROWS_PER_CHUNK + 1], [ROWS_PER_CHUNK * 2 + 5]]);
    for (const chunk of chunks) expect(tableChunkMessage.parse(chunk)).toEqual(chunk);
  });

  it('leave `shown` out when every cell shows its value', () => {
    const [chunk] = [...tableChunks({ headers: ['Line'], rows: [['1']] }, source)];
    expect(chunk).not.toHaveProperty('shown');
  });
});
