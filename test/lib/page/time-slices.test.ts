import { describe, expect, it } from 'vitest';
import { ReadingStopped } from '../../../lib/page/reading-stop';
import { TimeSlicer } from '../../../lib/page/time-slices';

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('time slices', () => {
  it('hand the thread back only once a slice is used up', async () => {
    const slicer = new TimeSlicer(undefined, 5);
    await slicer.pause();
    expect(slicer.yields).toBe(0);
    busy(6);
    await slicer.pause();
    expect(slicer.yields).toBe(1);
    await slicer.pause();
    expect(slicer.yields).toBe(1);
  });

  it('stop the read at the next yield once it was aborted, with the reason given', async () => {
    const controller = new AbortController();
    const slicer = new TimeSlicer(controller.signal, 1);
    controller.abort(new ReadingStopped('You cancelled reading the table: nothing was checked.'));
    busy(2);
    await expect(slicer.pause()).rejects.toThrow('You cancelled reading the table');
  });
});
