import type { ColumnMapping } from '../mapping/column-mapping';
import { type ColumnValues, numberedValuesIfRead, UNNUMBERED } from './column-values';
import type { KilogramsColumn } from './row-weight';
import { FIELD_IDS, type FieldId } from '../model/fields';
import type { RawTable } from '../read/raw-table';
import { cellsOf, type TableCells } from '../read/table-cells';
import { NO_STEPS, type Steps } from '../work-steps';
import { trimmed } from '../values/text';
import { type DecimalMark, type DecimalMarkVotes, decimalMarkVotes, markOfVotes, type NumberCell, parseNumberCell, plainNumber } from '../values/number';

/** Fields whose cells are amounts; their decimal mark is decided per column. */
export const NUMERIC_FIELDS: readonly FieldId[] = ['quantity', 'unitValue', 'lineValue', 'netWeight', 'grossWeight'];

/** How many cells of a column are looked at to decide its decimal mark. */
const DECIMAL_SAMPLE = 2000;

/** A table read and mapped: what the rules check. */
export interface Catalog {
  table: RawTable;
  /** The table's cells, read through this whether it keeps them as rows or by column. */
  cells: TableCells;
  mapping: ColumnMapping;
  decimalMarks: Partial<Record<FieldId, DecimalMark>>;
  /** A unit written in the header, e.g. "kg" from "Net Weight (kg)". */
  headerUnits: Partial<Record<FieldId, string>>;
  rows: CatalogRows;
  /**
   * Each amount column read once into numbers (NaN where empty or unreadable), on first use:
   * the quantity and values are read by several rules on every row.
   */
  numberColumns: Partial<Record<FieldId, Float64Array>>;
  /** The weight columns read once in kilograms, on first use (see row-weight.ts). */
  kilogramsColumns: Partial<Record<FieldId, KilogramsColumn>>;
  /**
   * The columns numbered as distinct values so far, by slot (see catalog/column-values): kept on
   * the catalog itself, since rules ask for them on every row.
   */
  numbered: (ColumnValues | undefined)[];
}

/** One data row, read through the mapping: rules ask for fields, never for column positions. */
export class CatalogRow {
  constructor(
    readonly catalog: Catalog,
    /** 1-based data row in source order. */
    readonly row: number,
  ) {}

  /** Every cell of the row (made for the asking when the table is kept by column: for rare reads). */
  get cells(): readonly string[] {
    return this.catalog.cells.rowCells(this.row - 1);
  }

  has(field: FieldId): boolean {
    return this.catalog.mapping.columnOf[field] >= 0;
  }

  /** The cell as written (untrimmed); empty string when the field is not mapped. */
  raw(field: FieldId): string {
    const column = this.catalog.mapping.columnOf[field];
    return column >= 0 ? this.catalog.cells.cell(this.row - 1, column) : '';
  }

  text(field: FieldId): string {
    return trimmed(this.raw(field));
  }

  /**
   * Whether the cell is empty or white space, told from the columns read already where they
   * answer (an amount read as a number; a value numbered, 0 being the empty text) before cutting
   * the cell's text out of a column kept packed (see read/column-table.ts).
   */
  isBlank(field: FieldId): boolean {
    const index = this.row - 1;
    const numbers = this.catalog.numberColumns[field];
    if (numbers && !Number.isNaN(numbers[index]!)) return false;
    const values = numberedValuesIfRead(this.catalog, field);
    const id = values ? values.ids[index]! : UNNUMBERED;
    return id === UNNUMBERED ? this.text(field) === '' : id === 0;
  }

  header(field: FieldId): string | null {
    const column = this.catalog.mapping.columnOf[field];
    return column >= 0 ? (this.catalog.table.headers[column] ?? null) : null;
  }

  /** The cell read as an amount, with its currency or unit and, when unreadable, the reason. */
  amount(field: FieldId): NumberCell {
    return parseNumberCell(this.raw(field), this.catalog.decimalMarks[field] ?? '.');
  }

  /**
   * The cell's value as a number, or NaN when it is empty or unreadable; cells with a currency or
   * unit written in them are read too. The cheap path for rules that only need the value.
   */
  number(field: FieldId): number {
    const column = this.catalog.numberColumns[field] ?? readNumberColumn(this.catalog, field);
    return column[this.row - 1]!;
  }
}

/**
 * The catalog's data rows, each made when asked for. A CatalogRow is its catalog and its number and
 * nothing more, so a row made again reads the same. Made all at once and kept for the whole check,
 * 100,000 of them held the service worker ~45 ms and were then copied by the collector as they
 * outlived its young generation (a third of a validation running only the description rules);
 * made as each row is checked, they die young.
 */
export class CatalogRows {
  constructor(private readonly catalog: Catalog) {}

  get length(): number {
    return this.catalog.cells.rowCount;
  }

  /** The row at `index`, counted from 0 (data row index + 1). */
  at(index: number): CatalogRow {
    return new CatalogRow(this.catalog, index + 1);
  }

  /** Every row in order, each made as it is reached. */
  *[Symbol.iterator](): Generator<CatalogRow> {
    for (let index = 0; index < this.length; index++) yield this.at(index);
  }
}

const HEADER_UNIT = /[([{]\s*(kgs?|lbs?|g|t|tonnes?)\s*[)\]}]/i;

/** The table read and mapped: what the rules check (its rows are made as they are read, see CatalogRows). */
export function buildCatalog(table: RawTable, mapping: ColumnMapping): Catalog {
  const cells = cellsOf(table);
  const catalog: Catalog = { table, cells, mapping, decimalMarks: {}, headerUnits: {}, rows: undefined!, numberColumns: {}, kilogramsColumns: {}, numbered: [] };
  catalog.rows = new CatalogRows(catalog);
  // Each amount column's sample is read once: its votes decide its own mark, and all of them
  // together the catalog-wide mark its ties fall back to.
  const votes = new Map<FieldId, DecimalMarkVotes>();
  for (const field of NUMERIC_FIELDS) {
    const column = mapping.columnOf[field];
    if (column >= 0) votes.set(field, decimalMarkVotes(columnSample(cells, column)));
  }
  const total = { dots: 0, commas: 0 };
  for (const { dots, commas } of votes.values()) {
    total.dots += dots;
    total.commas += commas;
  }
  const catalogWide = markOfVotes(total);
  for (const [field, columnVotes] of votes) catalog.decimalMarks[field] = markOfVotes(columnVotes, catalogWide);
  for (const field of FIELD_IDS) {
    const column = mapping.columnOf[field];
    const unit = column >= 0 ? HEADER_UNIT.exec(table.headers[column] ?? '') : null;
    if (unit) catalog.headerUnits[field] = unit[1]!;
  }
  return catalog;
}

/** An amount column as numbers (NaN where empty or unreadable), read whole now unless it was read. */
export function readNumberColumn(catalog: Catalog, field: FieldId): Float64Array {
  if (catalog.numberColumns[field]) return catalog.numberColumns[field];
  readNumberColumnInSteps(catalog, field)(Infinity);
  return catalog.numberColumns[field]!;
}

/**
 * Read an amount column into numbers a part at a time (see work-steps.ts); once finished,
 * `CatalogRow.number` answers from it. The validation reads the amount columns before its rules
 * run, so a service worker is never held for a whole column.
 */
export function readNumberColumnInSteps(catalog: Catalog, field: FieldId): Steps {
  if (catalog.numberColumns[field]) return NO_STEPS;
  const column = catalog.mapping.columnOf[field];
  const mark = catalog.decimalMarks[field] ?? '.';
  const cells = catalog.cells;
  const rowCount = cells.rowCount;
  // Every number is written by the loop below (NaN too): filling 100,000 NaNs first cost as much
  // as reading a column. Only an unmapped field's column is all NaN.
  const numbers = new Float64Array(rowCount);
  if (column < 0) numbers.fill(Number.NaN);
  let i = column >= 0 ? 0 : rowCount;
  return (budget) => {
    if (catalog.numberColumns[field]) return true;
    const end = Math.min(rowCount, i + budget);
    for (; i < end; i++) {
      const plain = plainNumberOf(cells, i, column, mark);
      if (!Number.isNaN(plain)) {
        numbers[i] = plain;
        continue;
      }
      const cell = parseNumberCell(cells.cell(i, column), mark);
      numbers[i] = cell.kind === 'number' ? cell.value : Number.NaN;
    }
    if (i < rowCount) return false;
    catalog.numberColumns[field] = numbers;
    return true;
  };
}

/** plainNumber of a cell, read in place where the table can (a packed column: no string made for it). */
export function plainNumberOf(cells: TableCells, row: number, column: number, mark: DecimalMark): number {
  return cells.plainNumber ? cells.plainNumber(row, column, mark) : plainNumber(cells.cell(row, column), mark);
}

function columnSample(cells: TableCells, column: number): string[] {
  if (column < 0) return [];
  const sample: string[] = [];
  for (let i = 0; i < cells.rowCount && sample.length < DECIMAL_SAMPLE; i++) {
    const cell = cells.cell(i, column);
    if (cell) sample.push(cell);
  }
  return sample;
}
