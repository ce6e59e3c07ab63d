import { FIELD_LABELS } from '../model/fields';
import type { Finding } from '../model/finding';
import { JURISDICTIONS } from '../model/jurisdiction';
import { REQUIRED_FIELDS, VALUE_FIELDS } from '../model/required-fields';
import type { TableRule } from './rule';

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
  check(_rows, context) {
    const { columnOf } = context.catalog.mapping;
    const findings: Finding[] = REQUIRED_FIELDS[context.jurisdiction]
      .filter((field) => columnOf[field] < 0)
      .map((field) => ({
        ruleId: this.id,
        severity: this.severity,
        row: null,
        field,
        column: null,
        value: null,
        message: `No column for ${FIELD_LABELS[field].toLowerCase()} was found, so no line can be checked for it.`,
        fix: `Add the column, or map an existing one to "${field}".`,
      }));
    if (VALUE_FIELDS.every((field) => columnOf[field] < 0)) {
      findings.push({
        ruleId: this.id,
        severity: this.severity,
        row: null,
        field: 'lineValue',
        column: null,
        value: null,
        message: 'No unit value or line value column was found: every line needs a value.',
        fix: 'Add a unit price or extended value column, or map an existing one.',
      });
    }
    return findings;
  },
};
