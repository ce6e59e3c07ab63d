/**
 * Work done a part at a time, so a caller that must stay responsive (the extension's service
 * worker) can stop between parts: each call does about `rows` rows of it and returns true once
 * it is finished. `Infinity` does it all in one call (the command line).
 */
export type Steps = (rows: number) => boolean;

/** Steps run one after the other; a call that finishes one goes on with the next. */
export function inOrder(steps: readonly Steps[]): Steps {
  let current = 0;
  return (rows) => {
    while (current < steps.length) {
      if (!steps[current]!(rows)) return false;
      current++;
    }
    return true;
  };
}

/** Nothing left to do. */
export const NO_STEPS: Steps = () => true;

/** Steps made when first called: for work whose inputs the steps before it produce. */
export function later(make: () => Steps): Steps {
  let steps: Steps | undefined;
  return (rows) => (steps ??= make())(rows);
}
