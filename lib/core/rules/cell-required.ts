import { FIELD_LABELS, type FieldId } from '../model/fields';
import type { Finding } from '../model/finding';
import { JURISDICTIONS } from '../model/jurisdiction';
import { REQUIRED_FIELDS, VALUE_FIELDS } from '../model/required-fields';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

export const cellRequired: RowRule = {
  scope: 'row',
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
  check(row, context) {
    let findings: Finding[] | undefined;
    for (const field of REQUIRED_FIELDS[context.jurisdiction]) {
      if (row.has(field) && row.isBlank(field)) {
        (findings ??= []).push(cellFinding(this, row, field, `${FIELD_LABELS[field]} is empty.`));
      }
    }
    // Checked on every row, so without building lists: the last mapped value field, unless one has a value.
    let emptyValueField: FieldId | undefined;
    for (const field of VALUE_FIELDS) {
      if (!row.has(field)) continue;
      if (!row.isBlank(field)) {
        emptyValueField = undefined;
        break;
      }
      emptyValueField = field;
    }
    if (emptyValueField) {
      (findings ??= []).push(cellFinding(this, row, emptyValueField, 'The line has no value: both unit value and line value are empty.'));
    }
    return findings ?? NO_FINDINGS;
  },
};
