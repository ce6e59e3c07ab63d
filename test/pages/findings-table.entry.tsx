/*
 * Customs Preflight test fixture: the results page's issue list (components/results/FindingsTable)
 * alone, with a generated report of 100,000 findings (?findings=N for another size), bundled by
 * esbuild when test/e2e/findings-table-scale.test.ts starts. It writes how long the first render
 * took into data-render-ms on <body>, for the test to print.
 */
import { render } from 'preact';
import { FindingsTable } from '../../components/results/FindingsTable';
import '../../components/shared/extension-pages.css';
import type { Finding } from '../../lib/core/model/finding';

const RULES: Pick<Finding, 'ruleId' | 'severity' | 'field' | 'column'>[] = [
  { ruleId: 'hts-unknown', severity: 'error', field: 'hts', column: 'HTS Code' },
  { ruleId: 'origin-invalid', severity: 'error', field: 'origin', column: 'Country of Origin' },
  { ruleId: 'value-mismatch', severity: 'error', field: 'lineValue', column: 'Extended Value' },
  { ruleId: 'row-duplicate', severity: 'warning', field: null, column: null },
  { ruleId: 'pga-flag', severity: 'info', field: 'hts', column: 'HTS Code' },
];

const count = Number(new URLSearchParams(location.search).get('findings') ?? 100_000);
const findings: Finding[] = Array.from({ length: count }, (_, i) => {
  const rule = RULES[i % RULES.length]!;
  const row = Math.floor(i / RULES.length) + 1;
  return { ...rule, row, value: `8471.30.${String(row % 10_000).padStart(4, '0')}`, message: `Generated finding ${i + 1} on row ${row}.`, fix: '8471.30.0100' };
});

const started = performance.now();
render(<FindingsTable findings={findings} actions={{ showOnPage: () => {} }} />, document.getElementById('root')!);
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    document.body.dataset.renderMs = String(Math.round(performance.now() - started));
  }),
);
