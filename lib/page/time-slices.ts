/**
 * The page's main thread is the user's: while a table is listed or read, the page must go on
 * answering clicks, typing and scrolling. Long work is cut into slices of at most SLICE_MS; after
 * each, the reader yields a task so the browser can handle input and paint. (A task over 50 ms
 * is what browsers count as a long task; a slice well under it leaves room for the page's own
 * work in the same task.)
 */
export const SLICE_MS = 20;

/**
 * Resolve in a new task (a MessageChannel task: not clamped to 4 ms like nested setTimeout).
 * One channel serves every yield: a channel per yield made two ports and a message pipe each
 * time, thousands of them over a long read, which the profile showed as the content script's
 * third-largest own time and as garbage for the page's collector. Messages arrive in the order
 * they were posted, so the waiting yields resolve in order.
 */
let yieldChannel: MessageChannel | null = null;
const waitingYields: (() => void)[] = [];

function yieldTask(): Promise<void> {
  if (!yieldChannel) {
    yieldChannel = new MessageChannel();
    yieldChannel.port1.onmessage = () => waitingYields.shift()?.();
  }
  const channel = yieldChannel;
  return new Promise((resolve) => {
    waitingYields.push(resolve);
    channel.port2.postMessage(null);
  });
}

export class TimeSlicer {
  private sliceStart = performance.now();
  /** Slices handed back to the page so far. */
  yields = 0;

  constructor(
    private readonly signal?: AbortSignal,
    private readonly budgetMs = SLICE_MS,
  ) {}

  /** Yield to the page when this slice is used up; stop when reading was aborted. Cheap to call per row. */
  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.budgetMs) return;
    await yieldTask();
    this.yields++;
    this.signal?.throwIfAborted();
    this.sliceStart = performance.now();
  }
}

/**
 * Work cut into steps: a generator that yields wherever it may stop for a while (every few
 * hundred elements of a walk), and returns its result. The same steps run at once where a
 * caller must answer now (runAtOnce), or in slices where the page must go on (runInSlices).
 */
export type Steps<T> = Generator<void, T, void>;

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runInSlices<T>(steps: Steps<T>, slicer: TimeSlicer): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slicer.pause();
  }
}
