import { useEffect, useState } from 'preact/hooks';
import type { MarksOutcome } from '../../lib/extension/messaging/messages';
import { onScanEvent } from '../../lib/extension/browser/page-tab';

/**
 * What the page said when the worker drew a scan's marks. The worker draws them the moment the
 * scan completes, which can be before the popup shows the result, so outcomes are collected from
 * the popup's start and kept by scan id.
 */
const outcomes = new Map<string, MarksOutcome>();
const listeners = new Set<() => void>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  onScanEvent((event) => {
    if (!event.marks) return;
    outcomes.set(event.scanId, event.marks);
    for (const listener of listeners) listener();
  });
}

/** Start collecting now: call when the popup opens, before its scan can complete. */
export function collectMarksOutcomes(): void {
  listen();
}

/** The latest outcome of drawing this scan's marks (from the worker, or `override` after "Show on page"). */
export function useMarksOutcome(scanId: string): [MarksOutcome | null, (outcome: MarksOutcome) => void] {
  const [outcome, setOutcome] = useState<MarksOutcome | null>(() => outcomes.get(scanId) ?? null);
  useEffect(() => {
    listen();
    const update = () => setOutcome(outcomes.get(scanId) ?? null);
    listeners.add(update);
    update();
    return () => void listeners.delete(update);
  }, [scanId]);
  const override = (next: MarksOutcome) => {
    outcomes.set(scanId, next);
    setOutcome(next);
  };
  return [outcome, override];
}
