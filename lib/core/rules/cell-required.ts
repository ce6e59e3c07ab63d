import { readBlankCellsInSteps } from '../catalog/blank-cells';
import { FIELD_LABELS, type FieldId } from '../model/fields';
import type { Finding } from '../model/finding';
import { JURISDICTIONS } from '../model/jurisdiction';
import { REQUIRED_FIELDS, VALUE_FIELDS } from '../model/required-fields';
import { inOrder, type Steps } from '../work-steps';
import { cellFinding, type TableRule } from './rule';

/**
 * A table rule, though its findings are each about one row: the blank cells of each column it
 * reads are found a column at a time (catalog/blank-cells.ts), and only the rows with one are
 * looked at again. Findings come out in the order a row's check gave them (its required fields,
 * then the value), and the engine places a table rule's findings in their rows.
 */
export const cellRequired: TableRule = {
  scope: 'table',
  id: 'cell-required',
  title: 'A needed cell is empty',
  severity: 'error',
  fields: ['description', 'hts', 'origin', 'quantity', 'unitValue', 'lineValue'],
  needs: 'any',
  jurisdictions: JURISDICTIONS,
  help:
    'Each line must state its description, tariff code, country of origin, quantity and value (unit or extended). ' +
    'An empty cell here means the entry line cannot be transmitted.',
  source: { name: '19 CFR 141.86(a) — contents of invoices', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-141/subpart-F/section-141.86' },
  start(rows, context) {
    const { columnOf } = context.catalog.mapping;
    const required = REQUIRED_FIELDS[context.jurisdiction].filter((field) => columnOf[field] >= 0);
    const values = VALUE_FIELDS.filter((field) => columnOf[field] >= 0);
    // A byte a row per column read; a field both required and a value field is read once.
    const blankOf = new Map<FieldId, Uint8Array>();
    for (const field of [...required, ...values]) if (!blankOf.has(field)) blankOf.set(field, new Uint8Array(rows.length));
    const requiredBlank = required.map((field) => blankOf.get(field)!);
    const valueBlank = values.map((field) => blankOf.get(field)!);
    const findings: Finding[] = [];
    let index = 0;
    const findEmptyCells: Steps = (budget) => {
      const end = Math.min(rows.length, index + budget);
      for (; index < end; index++) {
        for (let f = 0; f < required.length; f++) {
          if (requiredBlank[f]![index] === 1) findings.push(cellFinding(this, rows.at(index), required[f]!, `${FIELD_LABELS[required[f]!]} is empty.`));
        }
        // The last mapped value field, unless one has a value.
        let emptyValueField: FieldId | undefined;
        for (let f = 0; f < values.length; f++) {
          if (valueBlank[f]![index] === 0) {
            emptyValueField = undefined;
            break;
          }
          emptyValueField = values[f];
        }
        if (emptyValueField) {
          findings.push(cellFinding(this, rows.at(index), emptyValueField, 'The line has no value: both unit value and line value are empty.'));
        }
      }
      return index >= rows.length;
    };
    const readBlankCells = [...blankOf].map(([field, blank]) => readBlankCellsInSteps(context.catalog, field, blank));
    return { findings, advance: inOrder([...readBlankCells, findEmptyCells]) };
  },
};
