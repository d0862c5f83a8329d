import { describe, expect, it } from 'vitest';
import { formatterFor } from './format';

describe('formatterFor', () => {
  it('writes numbers the Vietnamese way in Vietnamese and the English way in English', () => {
    expect(formatterFor('vi').count(8542)).toBe('8.542');
    expect(formatterFor('en').count(8542)).toBe('8,542');
    expect(formatterFor('vi').decimal(4.25)).toBe('4,25');
    expect(formatterFor('en').decimal(4.25)).toBe('4.25');
    expect(formatterFor('vi').percent(0.952)).toMatch(/^95,2\s?%$/);
    expect(formatterFor('en').percent(0.952)).toBe('95.2%');
  });

  it('writes dates day first in both languages, and a dash for nothing', () => {
    for (const language of ['vi', 'en'] as const) {
      const format = formatterFor(language);
      expect(format.date('2024-03-10')).toBe('10/03/2024');
      expect(format.period('2024-01-01', '2024-12-31')).toBe('01/01/2024 – 31/12/2024');
      expect(format.count(null)).toBe('—');
      expect(format.date(undefined)).toBe('—');
    }
  });

  it('names months shortly', () => {
    expect(formatterFor('vi').month(2024, 3)).toBe('T3/2024');
    expect(formatterFor('en').month(2024, 3)).toBe('Mar 2024');
  });
});
