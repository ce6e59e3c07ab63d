import { describe, expect, it } from 'vitest';
import { RULE_FAMILIES, rulesByFamily } from '../../../../lib/core/rules/rule-families';
import type { Rule } from '../../../../lib/core/rules/rule';
import { RULE_IDS } from '../../../../lib/core/rules/registry';

describe('rule families of the settings page', () => {
  it('put every registered rule in exactly one family, and name no unknown rule', () => {
    const listed = RULE_FAMILIES.flatMap((family) => family.ruleIds);
    expect([...listed].sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('keeps a rule no family lists under "Other checks"', () => {
    const stray = { id: 'new-rule', title: 'A new check', severity: 'error' } as unknown as Rule;
    expect(rulesByFamily([stray]).map((family) => family.title)).toEqual(['Other checks']);
  });
});
