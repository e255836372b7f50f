import { describe, expect, it } from 'vitest';
import { FRAME, axisY, chartHeight, placeTicks, round2, rowBox } from '~/charts/frame';

describe('chart frame', () => {
  it('stacks rows one row height apart', () => {
    expect(rowBox(0)).toEqual({ top: 4, labelY: 22, markY: 40 });
    expect(rowBox(2).top - rowBox(1).top).toBe(FRAME.rowHeight);
    expect(() => rowBox(-1)).toThrow(RangeError);
  });

  it('puts the axis under the last row and leaves room for one or two tick lines', () => {
    expect(axisY(7)).toBe(4 + 7 * 50 + 6);
    expect(chartHeight(7, 2) - chartHeight(7, 1)).toBe(FRAME.tickLine);
  });

  it('staggers tick lines only when asked', () => {
    const pos = (v: number) => v * 10;
    expect(placeTicks([1, 2, 3], pos, String, true).map((t) => t.line)).toEqual([0, 1, 0]);
    expect(placeTicks([1, 2, 3], pos, String, false).map((t) => t.line)).toEqual([0, 0, 0]);
    expect(placeTicks([1.23456], pos, (v) => `v${v}`, false)).toEqual([{ value: 1.23456, x: 12.35, label: 'v1.23456', line: 0 }]);
  });

  it('rounds coordinates to hundredths', () => {
    expect(round2(418.7367058875831)).toBe(418.74);
    expect(round2(26)).toBe(26);
  });
});
