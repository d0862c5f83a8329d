import { describe, expect, it } from 'vitest';
import { shortcomingLabel } from './MeetingFormModal';

describe('shortcomingLabel', () => {
  it('tells apart two shortcomings of one year and kind by their description', () => {
    const first = shortcomingLabel({
      year: 2026,
      kindLabel: 'Ít người tham gia',
      description: 'Thôn 1 ít người dự họp',
    });
    const second = shortcomingLabel({
      year: 2026,
      kindLabel: 'Ít người tham gia',
      description: 'Thôn 2 ít người dự họp',
    });
    expect(first).toBe('2026 · Ít người tham gia — Thôn 1 ít người dự họp');
    expect(first).not.toBe(second);
  });

  it('cuts a long description to 90 characters', () => {
    const label = shortcomingLabel({ year: 2025, kindLabel: 'Khác', description: 'x'.repeat(200) });
    expect(label).toBe(`2025 · Khác — ${'x'.repeat(89)}…`);
  });
});
