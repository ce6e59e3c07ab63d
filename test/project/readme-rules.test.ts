import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../lib/core/rules/registry';
import { withRuleTable } from '../../scripts/rule-table';

describe('README rule table', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('is the one generated from the registry (run `npm run docs` after changing a rule)', () => {
    expect(withRuleTable(readme)).toBe(readme);
  });

  it('lists every rule id once', () => {
    for (const rule of RULES) expect(readme.split(`| \`${rule.id}\` |`).length - 1, rule.id).toBe(1);
  });
});
