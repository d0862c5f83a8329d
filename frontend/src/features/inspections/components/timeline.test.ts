import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { spanIn, todayIn } from './timeline';

describe('spanIn', () => {
  it('places a period by its days in the year', () => {
    // 2025 has 365 days; 1 July is day 181.
    const span = spanIn(2025, '2025-07-01', '2025-12-31')!;
    expect(span.left).toBeCloseTo((181 / 365) * 100, 5);
    expect(span.width).toBeCloseTo((184 / 365) * 100, 5);
  });

  it('clips a period that runs over the year’s ends', () => {
    const span = spanIn(2025, '2024-11-01', '2025-01-31')!;
    expect(span.left).toBe(0);
    expect(span.width).toBeCloseTo((31 / 365) * 100, 5);
  });

  it('shows nothing for a period of another year or without a start', () => {
    expect(spanIn(2025, '2026-02-01', '2026-03-01')).toBeUndefined();
    expect(spanIn(2025, null, '2025-03-01')).toBeUndefined();
  });

  it('keeps a one-day period visible and runs an open one to the given end', () => {
    expect(spanIn(2025, '2025-03-02', '2025-03-02')!.width).toBeGreaterThan(0.5);
    const open = spanIn(2025, '2025-03-01', null, '2025-03-31')!;
    expect(open.width).toBeCloseTo((31 / 365) * 100, 5);
  });
});

describe('todayIn', () => {
  it('marks today only in its own year', () => {
    expect(todayIn(2025, dayjs('2025-01-01'))).toBe(0);
    expect(todayIn(2024, dayjs('2025-01-01'))).toBeUndefined();
  });
});
