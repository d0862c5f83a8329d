import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { dayBefore, fromPlan, toPlan } from './planForm';

describe('the reorganisation plan form', () => {
  it('sends trimmed codes, API dates and maps, and leaves empty rows out', () => {
    const plan = toPlan({
      effectiveDate: dayjs('2025-07-01'),
      legalBasisNumber: ' 1679/NQ-UBTVQH15 ',
      legalBasisDate: dayjs('2025-06-16'),
      newUnits: [
        { code: ' 06685 ', name: 'Phường Hồng Gai', type: 'COMMUNE', parentCode: '22', mergedFrom: ['06685', '06694'] },
        {},
      ],
      merges: [{}],
      dissolutions: [{ code: '193', successorCode: undefined }],
      primarySuccessors: [{ code: '06991', successorCode: '06685' }, { code: '' }],
    });
    expect(plan).toEqual({
      effectiveDate: '2025-07-01',
      legalBasisNumber: '1679/NQ-UBTVQH15',
      legalBasisDate: '2025-06-16',
      title: undefined,
      newUnits: [
        { code: '06685', name: 'Phường Hồng Gai', type: 'COMMUNE', parentCode: '22', mergedFrom: ['06685', '06694'] },
      ],
      merges: undefined,
      moves: undefined,
      dissolutions: [{ code: '193', successorCode: null }],
      changes: undefined,
      primarySuccessors: { '06991': '06685' },
      destinations: undefined,
    });
  });

  it('reads a plan back into rows, so that a table read from CSV can be reviewed', () => {
    const values = fromPlan({
      effectiveDate: '2025-07-01',
      legalBasisNumber: 'X',
      destinations: { V1: '06685' },
      dissolutions: [{ code: '193' }],
    });
    expect(values.effectiveDate?.format('YYYY-MM-DD')).toBe('2025-07-01');
    expect(values.destinations).toEqual([{ code: 'V1', successorCode: '06685' }]);
    expect(values.dissolutions).toEqual([{ code: '193', successorCode: undefined }]);
    expect(toPlan(values).destinations).toEqual({ V1: '06685' });
  });

  it('names old units on the day before the effective date', () => {
    expect(dayBefore(dayjs('2025-07-01'))).toBe('2025-06-30');
    expect(dayBefore(undefined)).toBeUndefined();
  });
});
