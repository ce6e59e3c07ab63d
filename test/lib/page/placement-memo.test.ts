import { describe, expect, it } from 'vitest';
import { CellPlacementMemo } from '../../../lib/page/layout/placement-memo';

/** The memo reads only identity and textContent: plain objects stand in for elements. */
const element = (textContent: string | null = null): Element => ({ textContent }) as unknown as Element;

const HEADERS = [
  { left: 0, right: 100 },
  { left: 100, right: 220 },
];

describe('CellPlacementMemo', () => {
  it('gives back a row placed at an earlier look while its cells and headers stay as they were', () => {
    const memo = new CellPlacementMemo();
    const row = element();
    const cells = [element('6109.10.0012'), element('CN')];
    memo.lookUnder(HEADERS);
    expect(memo.recall(row, cells)).toBeUndefined();
    memo.remember(row, cells, [0, 1]);
    // Sub-pixel differences between looks are no move.
    memo.lookUnder([
      { left: 0.2, right: 100.3 },
      { left: 100.3, right: 220.1 },
    ]);
    expect(memo.recall(row, cells)).toEqual([0, 1]);
  });

  it('measures again a recycled row element that now shows another line', () => {
    const memo = new CellPlacementMemo();
    memo.lookUnder(HEADERS);
    const row = element();
    const tariff = element('6109.10.0012');
    const origin = element('CN');
    memo.remember(row, [tariff, origin], [0, 1]);
    (origin as { textContent: string }).textContent = 'VN';
    expect(memo.recall(row, [tariff, origin])).toBeUndefined();
  });

  it('measures again when the row holds other cell elements, or fewer', () => {
    const memo = new CellPlacementMemo();
    memo.lookUnder(HEADERS);
    const row = element();
    const [tariff, origin] = [element('6109.10.0012'), element('CN')];
    memo.remember(row, [tariff, origin], [0, 1]);
    expect(memo.recall(row, [tariff, element('CN')])).toBeUndefined();
    expect(memo.recall(row, [tariff])).toBeUndefined();
  });

  it('forgets every placement once the headers moved (scrolled sideways, a column resized)', () => {
    const memo = new CellPlacementMemo();
    memo.lookUnder(HEADERS);
    const row = element();
    const cells = [element('6109.10.0012'), element('CN')];
    memo.remember(row, cells, [0, 1]);
    memo.lookUnder([
      { left: -80, right: 20 },
      { left: 20, right: 140 },
    ]);
    expect(memo.recall(row, cells)).toBeUndefined();
  });
});
