import type { ColumnMapping } from '../mapping/column-mapping';
import { FIELD_IDS, type FieldId } from '../model/fields';
import type { RawTable } from '../read/raw-table';
import { type DecimalMark, inferDecimalMark, type NumberCell, parseNumberCell } from '../values/number';

/** Fields whose cells are amounts; their decimal mark is decided per column. */
const NUMERIC_FIELDS: readonly FieldId[] = ['quantity', 'unitValue', 'lineValue', 'netWeight', 'grossWeight'];

/** How many cells of a column are looked at to decide its decimal mark. */
const DECIMAL_SAMPLE = 2000;

/** A table read and mapped: what the rules check. */
export interface Catalog {
  table: RawTable;
  mapping: ColumnMapping;
  decimalMarks: Partial<Record<FieldId, DecimalMark>>;
  /** A unit written in the header, e.g. "kg" from "Net Weight (kg)". */
  headerUnits: Partial<Record<FieldId, string>>;
  rows: CatalogRow[];
}

/** One data row, read through the mapping: rules ask for fields, never for column positions. */
export class CatalogRow {
  constructor(
    readonly catalog: Catalog,
    readonly cells: readonly string[],
    /** 1-based data row in source order. */
    readonly row: number,
  ) {}

  has(field: FieldId): boolean {
    return this.catalog.mapping.columnOf[field] >= 0;
  }

  /** The cell as written (untrimmed); empty string when the field is not mapped. */
  raw(field: FieldId): string {
    const column = this.catalog.mapping.columnOf[field];
    return column >= 0 ? (this.cells[column] ?? '') : '';
  }

  text(field: FieldId): string {
    return this.raw(field).trim();
  }

  header(field: FieldId): string | null {
    const column = this.catalog.mapping.columnOf[field];
    return column >= 0 ? (this.catalog.table.headers[column] ?? null) : null;
  }

  amount(field: FieldId): NumberCell {
    return parseNumberCell(this.raw(field), this.catalog.decimalMarks[field] ?? '.');
  }
}

const HEADER_UNIT = /[([{]\s*(kgs?|lbs?|g|t|tonnes?)\s*[)\]}]/i;

export function buildCatalog(table: RawTable, mapping: ColumnMapping): Catalog {
  const catalog: Catalog = { table, mapping, decimalMarks: {}, headerUnits: {}, rows: [] };
  const catalogWide = inferDecimalMark(
    NUMERIC_FIELDS.flatMap((field) => columnSample(table, mapping.columnOf[field])),
  );
  for (const field of NUMERIC_FIELDS) {
    const column = mapping.columnOf[field];
    if (column < 0) continue;
    catalog.decimalMarks[field] = inferDecimalMark(columnSample(table, column), catalogWide);
  }
  for (const field of FIELD_IDS) {
    const column = mapping.columnOf[field];
    const unit = column >= 0 ? HEADER_UNIT.exec(table.headers[column] ?? '') : null;
    if (unit) catalog.headerUnits[field] = unit[1]!;
  }
  catalog.rows = table.rows.map((cells, index) => new CatalogRow(catalog, cells, index + 1));
  return catalog;
}

function columnSample(table: RawTable, column: number): string[] {
  if (column < 0) return [];
  const sample: string[] = [];
  for (let i = 0; i < table.rows.length && sample.length < DECIMAL_SAMPLE; i++) {
    const cell = table.rows[i]![column];
    if (cell) sample.push(cell);
  }
  return sample;
}
