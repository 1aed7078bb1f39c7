import { median, wilson } from '@/lib/util/stats';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('wilson', () => {
  it('gives the textbook 95 % interval', () => {
    // 8 of 10: Wilson's interval is about 0.490–0.943.
    const [lo, hi] = wilson(8, 10);
    expect(lo).toBeCloseTo(0.49, 2);
    expect(hi).toBeCloseTo(0.943, 2);
  });

  it('stays within 0 and 1 at the edges, and narrows as the sample grows', () => {
    const [lo, hi] = wilson(10, 10);
    expect(hi).toBe(1);
    expect(lo).toBeGreaterThan(0.6);
    expect(wilson(0, 10)[0]).toBe(0);
    const small = wilson(9, 10);
    const large = wilson(900, 1000);
    expect(large[1] - large[0]).toBeLessThan(small[1] - small[0]);
  });

  it('knows nothing from no sample', () => {
    expect(wilson(0, 0)).toEqual([0, 1]);
  });
});
