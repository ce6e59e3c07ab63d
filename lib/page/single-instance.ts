/**
 * The content script is injected each time the user asks for a check. Running it twice in one
 * page would answer every message twice and draw two overlays, so the first live copy keeps the
 * page. The isolated world's global object is shared by all injections of this extension (and
 * not visible to the page), which is where the claim is kept.
 */
const CLAIM = Symbol.for('customs-preflight.content-script');

export interface PageInstance {
  /** False once the extension that injected this copy was reloaded or updated: its messaging is dead. */
  isAlive(): boolean;
  /** Take down what this copy drew, before a newer copy takes over. */
  dispose(): void;
}

/** True when this copy is now the one serving the page; false when a live copy already does. */
export function claimPage(instance: PageInstance): boolean {
  const global = globalThis as typeof globalThis & { [CLAIM]?: PageInstance };
  const current = global[CLAIM];
  if (current?.isAlive()) return false;
  current?.dispose();
  global[CLAIM] = instance;
  return true;
}
