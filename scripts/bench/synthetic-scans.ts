import { randomUUID } from 'node:crypto';
import { RULES } from '../../lib/core/rules/registry';
import type { ScanUpload } from '../../lib/workspace/api/scan-upload';

const COLUMNS = ['HTS Code', 'Country of Origin', 'Unit Value', 'Description', 'MID', 'Qty', 'UOM', 'Net Weight'];
const SEVERITIES = ['error', 'warning', 'warning', 'info'] as const;
const PROFILES = ['Acme Imports', 'Globex', 'Initech', 'Umbrella Trading', 'Stark Components'];

/** A deterministic pseudo-random sequence, so every run of the benchmark stores the same data. */
function sequence(seed: number) {
  let state = seed >>> 0 || 1;
  return (below: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  };
}

/**
 * An upload shaped like a real one (the issues@1 export in its envelope) with `findings` findings
 * spread over the registry's rules, a pool of part numbers that repeat across scans (as a
 * team's catalogs do), and scan dates over the last `days` days.
 */
export function syntheticUpload(index: number, findings: number, days = 90): ScanUpload {
  const next = sequence(index + 1);
  const rules = RULES.map((rule) => rule.id);
  const list = Array.from({ length: findings }, (_, n) => {
    const row = n + 1;
    const severity = SEVERITIES[next(SEVERITIES.length)]!;
    return { ruleId: rules[next(rules.length)]!, severity, row, field: null, column: COLUMNS[next(COLUMNS.length)]!, value: `V${next(10_000)}`, message: 'Synthetic finding for the benchmark.' };
  });
  const summary = { error: 0, warning: 0, info: 0, byRule: {} as Record<string, number> };
  for (const f of list) {
    summary[f.severity]++;
    summary.byRule[f.ruleId] = (summary.byRule[f.ruleId] ?? 0) + 1;
  }
  return {
    scanId: randomUUID(),
    importerProfile: PROFILES[index % PROFILES.length]!,
    scannedAt: new Date(Date.now() - (index % days) * 86_400_000 - next(86_400_000)).toISOString(),
    partNumbers: Object.fromEntries(list.map((f) => [String(f.row), `PN-${next(5_000)}`])),
    report: {
      format: 'customs-preflight/issues@1',
      source: `catalog-${index}.csv`,
      jurisdiction: 'US',
      checkDate: new Date().toISOString().slice(0, 10),
      schedule: null,
      rowCount: findings,
      mapping: [],
      unmappedColumns: [],
      rulesRun: rules,
      rulesSkipped: [],
      summary,
      findings: list,
    },
  };
}
