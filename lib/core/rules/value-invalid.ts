import type { FieldId } from '../model/fields';
import type { Finding } from '../model/finding';
import { JURISDICTIONS } from '../model/jurisdiction';
import { cellFinding, NO_FINDINGS, type RowRule } from './rule';

/** Checked on every row: one list, not a new one per row. */
const VALUE_FIELDS = ['unitValue', 'lineValue'] as const;
const VALUE_LABELS: Partial<Record<FieldId, string>> = { unitValue: 'Unit value', lineValue: 'Line value' };

export const valueInvalid: RowRule = {
  scope: 'row',
  id: 'value-invalid',
  title: 'Value is not a usable amount',
  severity: 'error',
  fields: ['unitValue', 'lineValue'],
  needs: 'any',
  jurisdictions: JURISDICTIONS,
  help:
    'Unit and line values must be positive amounts. "TBD", "N/A", zero and negative values cannot be declared: ' +
    'goods given free of charge still need their value stated (19 CFR 141.86(a)(9); 19 CFR 152.103).',
  source: { name: '19 CFR 141.86 (invoice values); 19 CFR 152.103 (transaction value)', url: 'https://www.ecfr.gov/current/title-19/chapter-I/part-152/subpart-E' },
  check(row) {
    let findings: Finding[] | undefined;
    for (const field of VALUE_FIELDS) {
      if (!row.has(field)) continue;
      const value = row.number(field);
      if (value > 0) continue;
      const label = VALUE_LABELS[field]!;
      if (Number.isNaN(value)) {
        const cell = row.amount(field);
        if (cell.kind === 'unreadable') {
          (findings ??= []).push(cellFinding(this, row, field, `${label} ${cell.reason}.`, { fix: 'Enter the amount, e.g. 12.50.' }));
        }
      } else {
        const what = value === 0 ? 'zero' : 'negative';
        (findings ??= []).push(cellFinding(this, row, field, `${label} ${value} is ${what}: declared values must be positive.`));
      }
    }
    return findings ?? NO_FINDINGS;
  },
};
