import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Reference data and labelled fixtures from `../shared/` (beside the repository). A copy is kept
 * in test/fixtures/shared so a clone checked out anywhere still runs its tests; the live folder
 * wins when present, and a test checks the copy has not drifted from it.
 */
const LIVE = fileURLToPath(new URL('../../../shared/', import.meta.url));
const COPY = fileURLToPath(new URL('../fixtures/shared/', import.meta.url));

export function sharedPath(relative: string): string {
  return existsSync(LIVE + relative) ? LIVE + relative : COPY + relative;
}

export function sharedBytes(relative: string): Uint8Array {
  return readFileSync(sharedPath(relative));
}

export function copiedBytes(relative: string): Uint8Array {
  return readFileSync(COPY + relative);
}

export function liveSharedExists(relative: string): boolean {
  return existsSync(LIVE + relative);
}

export interface FixtureLabel {
  row: number;
  field: string | null;
  ruleId: string;
  sku: string;
}

export interface FixtureLabels {
  catalog: string;
  jurisdiction: string;
  rows: number;
  cleanRows: number;
  columns: Record<string, string>;
  labels: FixtureLabel[];
}

export function fixtureLabels(name: string): FixtureLabels {
  return JSON.parse(readFileSync(sharedPath(`fixtures/${name}.labels.json`), 'utf8')) as FixtureLabels;
}

export const ACE_REPORT = 'reference/cbp-hts-pga-report-2026-02-21.csv';
