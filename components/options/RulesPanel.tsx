import { RULES } from '../../lib/core/rules/registry';
import { rulesByFamily } from '../../lib/core/rules/rule-families';
import type { PanelProps } from './options-context';

const SEVERITY_WORDS = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * Which checks run for this profile, grouped by what they look at (classification, origin,
 * values…), each by its title and usual severity; the rule id is shown small, for exports.
 */
export function RulesPanel({ active, locked, change }: PanelProps) {
  const enabled = (ruleId: string) => active.enabledRules === null || active.enabledRules.includes(ruleId);
  const save = (next: string[]) => change({ enabledRules: next.length === RULES.length ? null : next }, 'Rules');
  const current = () => active.enabledRules ?? RULES.map((r) => r.id);
  const setFamily = (ruleIds: string[], on: boolean) =>
    save(on ? [...new Set([...current(), ...ruleIds])] : current().filter((id) => !ruleIds.includes(id)));
  return (
    <section class="panel" id="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Rules</h2>
      <fieldset disabled={locked !== null} class="plain rule-families">
        {rulesByFamily().map((family) => {
          const ids = family.rules.map((rule) => rule.id);
          const on = ids.filter(enabled).length;
          return (
            <fieldset key={family.id} class="rule-family" data-family={family.id}>
              <legend>
                {family.title} <span class="family-count">({on} of {ids.length} on)</span>
              </legend>
              {family.rules.map((rule) => (
                <label key={rule.id} class="rule-toggle" data-rule={rule.id}>
                  <input
                    type="checkbox"
                    checked={enabled(rule.id)}
                    onChange={() => save(enabled(rule.id) ? current().filter((id) => id !== rule.id) : [...current(), rule.id])}
                  />{' '}
                  <span class="rule-title">{rule.title}</span> <span class={`severity-tag ${rule.severity}`}>{SEVERITY_WORDS[rule.severity]}</span>{' '}
                  <code class="rule-id">{rule.id}</code>
                </label>
              ))}
              <div class="family-actions">
                <button type="button" disabled={on === ids.length} onClick={() => setFamily(ids, true)}>
                  Turn all on
                </button>
                <button type="button" disabled={on === 0} onClick={() => setFamily(ids, false)}>
                  Turn all off
                </button>
              </div>
            </fieldset>
          );
        })}
      </fieldset>
    </section>
  );
}
