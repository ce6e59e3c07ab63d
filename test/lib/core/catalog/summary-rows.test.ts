import { describe, expect, it } from 'vitest';
import { readCatalogText } from '../../../../lib/core/read/read-catalog';
import { summaryRowsNotice } from '../../../../lib/core/report/summary-rows-notice';
import { validateTable, validateTableCompactly } from '../../../../lib/core/validate';

/**
 * Rows that sum the lines up ("Total", "Subtotal page 1", "Gesamt", "合计") are left out of the
 * checks and reported as such; a line of goods whose words begin so is checked as any line.
 */
const HEADER = 'Line,Part Number,Description,HTS Code,Country of Origin,Quantity,UOM,Unit Price,Extended Value,Currency';
const LINES = [
  '1,LT-1,"Laptop computers, 14 inch",8471.30.0100,CN,10,NO,412.50,4125.00,USD',
  '2,LT-2,"Wi-Fi routers, dual band",8517.62.0090,VN,20,NO,38.20,764.00,USD',
];
const CHECK = { checkDate: '2026-11-23' };

function check(...rows: string[]) {
  return validateTable(readCatalogText([HEADER, ...rows].join('\n'), 'invoice.csv'), CHECK);
}

describe('summary rows', () => {
  it('a "Total" row under the lines is left out of the checks and named in the report', () => {
    const report = check(...LINES, ',Total,,,,30,,,4889.00,USD');
    expect(report.findings.filter((finding) => finding.row === 3 && finding.severity !== 'info')).toEqual([]);
    expect(report.summaryRows).toEqual([{ row: 3, text: 'Total' }]);
    expect(report.rowCount).toBe(3);
  });

  it('subtotals between the lines, in a first column or a description column, in other languages', () => {
    const report = check(LINES[0]!, 'Subtotal page 1,,,,,,,,4125.00,USD', LINES[1]!, ',,Gesamtbetrag:,,,,,,764.00,EUR', ',,合计,,,,,,4889.00,');
    expect(report.summaryRows?.map((summary) => summary.row)).toEqual([2, 4, 5]);
    expect(report.findings.filter((finding) => finding.row !== null && finding.row !== 1 && finding.row !== 3 && finding.severity !== 'info')).toEqual([]);
  });

  it('a line of goods whose description begins with a total word, or that has no code, is checked as a line', () => {
    const station = check(...LINES, '3,LT-3,"Total station, surveying instrument",9015.20.8080,JP,1,NO,8200.00,8200.00,USD');
    expect(station.summaryRows).toBeUndefined();
    const noCode = check(...LINES, '3,LT-3,Total,,JP,1,NO,8200.00,8200.00,USD');
    expect(noCode.summaryRows).toBeUndefined();
    expect(noCode.findings.some((finding) => finding.row === 3 && finding.ruleId === 'cell-required')).toBe(true);
    // "Totes" (bags) is no total.
    expect(check(...LINES, ',Totes,,,,,,,,').summaryRows).toBeUndefined();
  });

  it('the command line finds the same rows in a catalog kept by column', () => {
    const text = [HEADER, ...LINES, ',Total,,,,30,,,4889.00,USD'].join('\n');
    const compact = validateTableCompactly(readCatalogText(text, 'invoice.csv'), CHECK);
    expect(compact.summaryRows).toEqual([{ row: 3, text: 'Total' }]);
    expect(compact.findings.length).toBe(check(...LINES, ',Total,,,,30,,,4889.00,USD').findings.length);
  });
});

describe('group headings read into every column', () => {
  // A grid read by scrolling reads a cell drawn across it into each column it spans.
  const heading = Array(10).fill('Purchase order 4500012345').join(',');

  it('a row holding one heading in every cell is left out as a group heading, and named so', () => {
    const report = check(heading, ...LINES);
    expect(report.summaryRows).toEqual([{ row: 1, text: 'Purchase order 4500012345', kind: 'group' }]);
    expect(report.findings.filter((finding) => finding.row === 1)).toEqual([]);
  });

  it('a line repeating a text in two cells, or holding different words, is a line', () => {
    expect(check(...LINES, 'N1,N1,"Laptop computers, 14 inch",8471.30.0100,CN,10,NO,450.00,4500.00,USD').summaryRows).toBeUndefined();
    expect(check(...LINES, 'TBD,TBD,TBD only,TBD,,,,,,').summaryRows).toBeUndefined();
  });
});

describe('lines of sums with no label', () => {
  // LINES: quantities 10 and 20, values 4125.00 and 764.00.
  const notLine = (report: ReturnType<typeof check>, row: number) => report.findings.filter((finding) => finding.row === row && finding.severity !== 'info');

  it('a line of the column sums under or above the lines is left out as a total, named by its amounts', () => {
    const under = check(...LINES, ',,,,,30,,,4889.00,');
    expect(under.summaryRows).toEqual([{ row: 3, text: 'Quantity 30, Extended Value 4889.00' }]);
    expect(notLine(under, 3)).toEqual([]);
    const above = check(',,,,,30,,,4889.00,', ...LINES);
    expect(above.summaryRows).toEqual([{ row: 1, text: 'Quantity 30, Extended Value 4889.00' }]);
    expect(notLine(above, 1)).toEqual([]);
    // Written to fewer decimals than the lines: a sum to within half its last digit.
    expect(check(...LINES, ',,,,,30,,,4889,').summaryRows?.map((summary) => summary.row)).toEqual([3]);
  });

  it('subtotals closing each group, then the grand total', () => {
    const report = check(LINES[0]!, ',,,,,10,,,4125.00,', LINES[1]!, ',,,,,20,,,764.00,', ',,,,,30,,,4889.00,');
    expect(report.summaryRows?.map((summary) => summary.row)).toEqual([2, 4, 5]);
    expect(report.findings.filter((finding) => finding.row !== 1 && finding.row !== 3 && finding.row !== null && finding.severity !== 'info')).toEqual([]);
  });

  it('a line naming no goods whose amounts do not add the lines up, or are zeros, is checked as a line', () => {
    const short = check(...LINES, ',,,,,30,,,4800.00,');
    expect(short.summaryRows).toBeUndefined();
    expect(short.findings.some((finding) => finding.row === 3 && finding.ruleId === 'cell-required')).toBe(true);
    // One amount a sum, the other not: no line of sums.
    expect(check(...LINES, ',,,,,30,,,5000.00,').summaryRows).toBeUndefined();
    expect(check(...LINES, ',,,,,0,,,0.00,').summaryRows).toBeUndefined();
    // A line with its part number is a line whatever its amounts.
    expect(check(...LINES, ',LT-3,,,,30,,,4889.00,').summaryRows).toBeUndefined();
  });
});

describe('the words that name them', () => {
  it('names totals and group headings apart, five of each by row, the rest counted', () => {
    const totals = [3, 6, 9, 12, 15, 18, 21].map((row) => ({ row, text: 'Subtotal' }));
    expect(summaryRowsNotice([...totals, { row: 1, text: 'PO 45', kind: 'group' as const }])).toBe(
      '7 rows left out as totals, not lines of goods: row 3 ("Subtotal"), row 6 ("Subtotal"), row 9 ("Subtotal"), row 12 ("Subtotal"), row 15 ("Subtotal") and 2 others. ' +
        '1 row left out as a heading of a group of lines: row 1 ("PO 45").',
    );
    expect(summaryRowsNotice([])).toBeNull();
    expect(summaryRowsNotice(undefined)).toBeNull();
  });
});
