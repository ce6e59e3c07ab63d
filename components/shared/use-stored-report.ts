import { useEffect, useState } from 'preact/hooks';
import type { ValidationReport } from '../../lib/core/validate';
import { activeProfileStore } from '../../lib/extension/browser/profile-storage';

/**
 * The stored report of a finished scan, read once (it is decrypted, which costs time on large
 * catalogs), or null while it loads or when it cannot be read: the counts the popup already has
 * still show then.
 */
export function useStoredReport(scanId: string): ValidationReport | null {
  const [report, setReport] = useState<ValidationReport | null>(null);
  useEffect(() => {
    let current = true;
    void (async () => {
      const { report: stored } = await (await activeProfileStore()).getScan(scanId);
      if (current) setReport(stored);
    })().catch(() => {
      // Nothing to add without the stored report; the summary from the scan event is shown.
    });
    return () => {
      current = false;
    };
  }, [scanId]);
  return report;
}
