import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../lib/core/model/finding';
import { FindingList } from '../../../../lib/core/model/finding-list';
import { FINDING_TEXTS, findingsJsonPieces } from '../../../../lib/core/report/findings-json';
import { PIECE_RELEASED } from '../../../../lib/core/report/report-pieces';
import { hasHiddenCharacters } from '../../../../lib/core/report/safe-text';

/** What the export writes for a finding, by the definition the writer must meet byte for byte. */
function exported(finding: Finding): unknown {
  const hidden = FINDING_TEXTS.filter((text) => hasHiddenCharacters(finding[text] ?? ''));
  return hidden.length === 0 ? finding : { ...finding, hiddenCharacters: hidden };
}

function written(findings: Finding[] | FindingList, perPiece: number): string {
  const decoder = new TextDecoder();
  return `[${[...findingsJsonPieces(findings, perPiece)].map((bytes) => decoder.decode(bytes)).join('')}]`;
}

const finding = (row: number | null, value: string | null, message: string, fix?: string, column: string | null = 'HTS Code'): Finding =>
  fix === undefined
    ? { ruleId: 'hts-format', severity: 'error', row, field: column === null ? null : 'hts', column, value, message }
    : { ruleId: 'hts-format', severity: 'error', row, field: column === null ? null : 'hts', column, value, message, fix };

// Texts that JSON escapes, that UTF-8 writes in several bytes, and that hide characters.
const findings: Finding[] = [
  finding(1, '8471.30', 'Tariff code "8471.30" is too short.', '8471.30.0100'),
  finding(2, 'a\\b "c"\n\td', 'Quotes " and backslashes \\ and a line\nbreak'),
  finding(3, 'Währung €, 男式棉衬衫, 😀', 'Section 301 – List 3: 25 %; 2 × 7.50 ≠ 14.00 → 15.00', 'Ø'),
  finding(4, 'C\u202EN', 'Origin "C\u202EN" is not a country.', 'CN'),
  finding(5, 'CN', 'A fix with a hidden character', 'C\u200BN'),
  finding(6, 'lone \uD800 surrogate and \u0007 bell', 'Message'),
  finding(null, null, 'About the whole table.', undefined, null),
  finding(7, 'x', 'Column with a hidden character', undefined, 'HTS\u202ECode'),
  finding(123_456, '', '', ''),
  { ruleId: 'pga-flag', severity: 'info', row: 8, field: 'hts', column: 'HTS Code', value: '8471.30', message: 'Tariff code "8471.30" is too short.' },
  finding(9, '8471.30', 'Tariff code "8471.30" is too short.', '8471.30.0100'),
];

describe('findingsJsonPieces', () => {
  it('writes each finding as JSON.stringify writes the finding as exported, hidden characters flagged', () => {
    const expected = JSON.stringify(findings.map(exported));
    for (const perPiece of [1, 3, 100]) expect(written(findings, perPiece)).toBe(expected);
    expect(JSON.parse(written(findings, 4))[3].hiddenCharacters).toEqual(['value', 'message']);
    expect(JSON.parse(written(findings, 4))[7].hiddenCharacters).toEqual(['column']);
  });

  it('writes a FindingList as the array of the same findings', () => {
    const list = FindingList.of(findings);
    expect(written(list, 2)).toBe(written(findings, 2));
  });

  it('makes one piece per perPiece findings, each after the first starting with its comma', () => {
    const decoder = new TextDecoder();
    const pieces = [...findingsJsonPieces(findings, 4)].map((bytes) => decoder.decode(bytes));
    expect(pieces).toHaveLength(3);
    expect(pieces[0]!.startsWith('{')).toBe(true);
    expect(pieces[1]!.startsWith(',{')).toBe(true);
    expect([...findingsJsonPieces([], 4)]).toEqual([]);
  });

  it('writes the same when each piece is released before the next (one buffer), as when the pieces are kept', () => {
    const decoder = new TextDecoder();
    const pieces = findingsJsonPieces(findings, 2);
    const copied: string[] = [];
    const views: Uint8Array[] = [];
    for (let next = pieces.next(); !next.done; next = pieces.next(PIECE_RELEASED)) {
      copied.push(decoder.decode(next.value));
      views.push(next.value);
    }
    expect(`[${copied.join('')}]`).toBe(written(findings, 2));
    // Released, the pieces shared one buffer: the first piece's bytes were written over.
    expect(views[0]!.buffer).toBe(views[1]!.buffer);
  });
});
