import { describe, expect, it } from 'vitest';
import { missingMarksProblem } from '../../../../lib/page/marks/overlay-marks';

describe('missingMarksProblem', () => {
  it('says nothing when every mark found its cell', () => {
    expect(missingMarksProblem(30, 0)).toBeUndefined();
  });

  it('says how many marks could not be placed, and why in words that fit a paged table too', () => {
    expect(missingMarksProblem(1517, 1498)).toMatch(/^1,498 of 1,517 marks could not be placed: the table does not show their rows now \(they are on another of its pages/);
    expect(missingMarksProblem(2, 2)).toMatch(/^None of the 2 marks could be placed: /);
  });
});
