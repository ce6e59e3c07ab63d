import type { ColumnMapping } from '../mapping/column-mapping';
import { FIELD_LABELS, type FieldId } from '../model/fields';
import type { Finding } from '../model/finding';
import { JURISDICTIONS } from '../model/jurisdiction';
import { REQUIRED_FIELDS, VALUE_FIELDS } from '../model/required-fields';
import { finishedPass, type TableRule } from './rule';

export const columnMissing: TableRule = {
  scope: 'table',
  id: 'column-missing',
  title: 'A column the declaration needs is missing',
  severity: 'error',
  fields: [],
  jurisdictions: JURISDICTIONS,
  help:
    'Every import line needs a description, tariff code, country of origin, quantity and value. ' +
    'If the column exists under a header the tool did not recognise, map it (--map field="Header", or "Column mapping" in the results page).',
  source: { name: '19 CFR 141.61 and 141.86 (entry and invoice contents); UCC Delegated Regulation (EU) 2015/2446 Annex B', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-141' },
  start(_rows, context) {
    const { mapping } = context.catalog;
    const { columnOf } = mapping;
    const findings: Finding[] = REQUIRED_FIELDS[context.jurisdiction]
      .filter((field) => columnOf[field] < 0)
      .map((field) => ({
        ruleId: this.id,
        severity: this.severity,
        row: null,
        field,
        column: null,
        value: null,
        message: `No column for ${FIELD_LABELS[field].toLowerCase()} was found, so no line can be checked for it.${closest(mapping, [field])}`,
        fix: mapHint(mapping, [field], `Add the column, or map an existing one to "${field}".`),
      }));
    if (VALUE_FIELDS.every((field) => columnOf[field] < 0)) {
      findings.push({
        ruleId: this.id,
        severity: this.severity,
        row: null,
        field: 'lineValue',
        column: null,
        value: null,
        message: `No unit value or line value column was found: every line needs a value.${closest(mapping, VALUE_FIELDS)}`,
        fix: mapHint(mapping, VALUE_FIELDS, 'Add a unit price or extended value column, or map an existing one.'),
      });
    }
    return finishedPass(findings);
  },
};

/** The columns the mapping found closest to the fields, best first: a decision never silently drops a column. */
function candidatesFor(mapping: ColumnMapping, fields: readonly FieldId[]) {
  return fields
    .flatMap((field) => (mapping.candidates[field] ?? []).map((candidate) => ({ field, ...candidate })))
    .sort((a, b) => b.score - a.score)
    .filter((candidate, index, all) => all.findIndex((other) => other.column === candidate.column) === index)
    .slice(0, 3);
}

function closest(mapping: ColumnMapping, fields: readonly FieldId[]): string {
  const found = candidatesFor(mapping, fields);
  if (found.length === 0) return '';
  return ` Closest columns: ${found.map((c) => `"${c.header}" (${c.why})`).join(', ')}.`;
}

function mapHint(mapping: ColumnMapping, fields: readonly FieldId[], otherwise: string): string {
  const best = candidatesFor(mapping, fields).find((candidate) => candidate.score > 0);
  return best ? `If "${best.header}" holds it, map it: --map ${best.field}="${best.header}", or "Column mapping" on the results page.` : otherwise;
}
