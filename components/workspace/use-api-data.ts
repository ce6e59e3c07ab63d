import { useCallback, useEffect, useState } from 'preact/hooks';

export interface ApiData<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/** Load from the API when the inputs change; a slower earlier answer never overwrites a newer one. */
export function useApiData<T>(load: () => Promise<T>, inputs: readonly unknown[]): ApiData<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState({ data: null, error: error instanceof Error ? error.message : String(error), loading: false }),
    );
    return () => {
      current = false;
    };
    // The caller lists what the load depends on, as with useEffect itself.
  }, [...inputs, generation]);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}

/** Run an action, reporting its failure as text (the server's message) instead of throwing. */
export async function attempt(action: () => Promise<unknown>, onError: (message: string) => void): Promise<boolean> {
  try {
    await action();
    return true;
  } catch (error) {
    onError(error instanceof Error ? error.message : String(error));
    return false;
  }
}
