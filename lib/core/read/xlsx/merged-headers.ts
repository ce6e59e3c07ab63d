import type { CellRange } from './sheet-cells';

export interface SheetHeader {
  headers: string[];
  /** Index (in the sheet's records) of the first data row. */
  dataStart: number;
  /** The header took a second row of sub-headers under merged cells. */
  subHeaderUsed: boolean;
  example: string;
}

/**
 * Name the columns when the header has merged cells. ERP workbooks group columns under a merged
 * title ("Weight (kg)" over "Net" | "Gross", "Value" over "Unit" | "Line") with the real names in
 * the row below: each such column is named child first, then the title ("Net Weight (kg)"), which
 * is how the mapping's synonyms read. A merge only for width (a title over columns whose row below
 * is data, or blank) is not a sub-header: its columns keep the title, numbered after the first.
 */
export function headersUnderMerges(
  records: readonly string[][],
  headerIndex: number,
  rowNumbers: readonly number[],
  horizontalMerges: readonly CellRange[],
): SheetHeader {
  // The row that reads most like a header may be the sub-header row ("Unit", "Net"…) or its titles above.
  for (const titleIndex of [headerIndex - 1, headerIndex]) {
    const grouped = titledHeader(records, titleIndex, rowNumbers, horizontalMerges);
    if (grouped) return grouped;
  }
  return { headers: distinctNames(records[headerIndex]!.map((cell) => cell.trim())), dataStart: headerIndex + 1, subHeaderUsed: false, example: '' };
}

/** The two-row header whose titles are in row `titleIndex`, or null when no merged title has sub-headers below. */
function titledHeader(records: readonly string[][], titleIndex: number, rowNumbers: readonly number[], horizontalMerges: readonly CellRange[]): SheetHeader | null {
  const titles = records[titleIndex]?.map((cell) => cell.trim());
  const below = records[titleIndex + 1]?.map((cell) => cell.trim());
  if (!titles || !below || rowNumbers[titleIndex + 1] !== rowNumbers[titleIndex]! + 1) return null;
  // A sub-header row names every column under a merged title, each differently.
  const titled = horizontalMerges.filter((span) => {
    if (span.top !== rowNumbers[titleIndex] || span.bottom !== span.top) return false;
    const names = below.slice(span.left, span.right + 1);
    return names.every((name) => name !== '') && new Set(names).size === names.length && names[0] !== titles[span.left];
  });
  if (titled.length === 0) return null;
  const inTitled = (column: number) => titled.some((s) => column >= s.left && column <= s.right);
  const headers = titles.map((title, column) => {
    const child = below[column] ?? '';
    if (inTitled(column)) return joinNames(child, title);
    return title !== '' ? title : child;
  });
  const example = headers.find((_, column) => inTitled(column)) ?? '';
  return { headers: distinctNames(headers), dataStart: titleIndex + 2, subHeaderUsed: true, example };
}

/** "Net" under "Weight (kg)" → "Net Weight (kg)"; a child that already says it all stays alone. */
function joinNames(child: string, title: string): string {
  if (child.toLowerCase().includes(title.toLowerCase())) return child;
  return `${child} ${title}`;
}

/** A title filled across merged columns repeats: the repeats are numbered so each column has its own name. */
function distinctNames(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((name) => {
    if (name === '') return name;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} ${count}`;
  });
}
