import { describe, expect, it } from 'vitest';
import { addDays, bucketsBetween, daysInclusive, firstDayOf, lastDayOf } from '../../../web/server/trends/calendar.ts';
import { RISING_MIN_SCORE, SMOOTHING, isRising, risingScore } from '../../../web/server/trends/rising-score.ts';
import { trendWindow } from '../../../web/server/trends/window.ts';

describe('calendar of the time endpoints', () => {
  it('widens partial dates to whole days', () => {
    expect([firstDayOf('2024'), lastDayOf('2024')]).toEqual(['2024-01-01', '2024-12-31']);
    expect([firstDayOf('2024-02'), lastDayOf('2024-02'), lastDayOf('2023-02')]).toEqual(['2024-02-01', '2024-02-29', '2023-02-28']);
    expect(lastDayOf('2024-05-17')).toBe('2024-05-17');
  });

  it('counts days and moves across months and years', () => {
    expect(daysInclusive('2025-10-01', '2025-12-31')).toBe(92);
    expect(addDays('2025-10-01', -276)).toBe('2024-12-29');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('lists every month or year bucket of a range, empty ones included', () => {
    expect(bucketsBetween('2024-11-20', '2025-02-03', 'month')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(bucketsBetween('2019-06-01', '2021-01-01', 'year')).toEqual(['2019', '2020', '2021']);
    expect(bucketsBetween('1900-01-01', '2025-12-31', 'month')).toHaveLength(600);
  });

  it('defaults a window to the days ending at the latest dated paper, with a baseline three times as long', () => {
    expect(trendWindow(undefined, undefined, '2025-12-31', 92)).toEqual({
      from: '2025-10-01',
      to: '2025-12-31',
      baselineFrom: '2024-12-29',
      baselineTo: '2025-09-30',
      days: 92,
      baselineDays: 276,
    });
    expect(trendWindow(undefined, undefined, null)).toBeNull();
    expect(() => trendWindow('2025-12', '2025-01', null)).toThrow(/after/);
  });
});

describe('the rising score', () => {
  it('is the README worked example', () => {
    // 30-day window, 90-day baseline: a topic with 3 papers before and 9 now is rising; a large steady one is not.
    const small = risingScore({ recent: 9, past: 3 }, 30, 90);
    expect(small.expected).toBe(1);
    expect(small.score).toBeCloseTo(11 / 3, 10);
    expect(isRising({ recent: 9, past: 3 }, small, 3)).toBe(true);
    const large = risingScore({ recent: 310, past: 900 }, 30, 90);
    expect(large.expected).toBe(300);
    expect(large.score).toBeCloseTo(312 / 302, 10);
    expect(isRising({ recent: 310, past: 900 }, large, 3)).toBe(false);
  });

  it('smooths small counts and needs the minimum count', () => {
    expect(risingScore({ recent: 1, past: 0 }, 30, 90).score).toBe((1 + SMOOTHING) / SMOOTHING);
    const two = { recent: 2, past: 0 };
    expect(risingScore(two, 30, 90).score).toBeGreaterThanOrEqual(RISING_MIN_SCORE);
    expect(isRising(two, risingScore(two, 30, 90), 3)).toBe(false);
  });
});
