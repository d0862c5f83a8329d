import { describe, expect, it } from 'vitest';
import { lineageLines } from './lineage';

const hongGai = { id: 10, code: '06685', name: 'Phường Hồng Gai', type: 'COMMUNE' as const };
const bachDang = { id: 3, code: '06694', name: 'Phường Bạch Đằng', type: 'COMMUNE' as const };
const basis = { reorganisationId: 1, legalBasisNumber: '1679/NQ-UBTVQH15', legalBasisDate: '2025-06-16' };

describe('lineageLines', () => {
  it('tells where a unit came from, where it went and what happened to itself', () => {
    const merged = {
      kind: 'MERGED_INTO' as const,
      effectiveDate: '2025-07-01',
      from: bachDang,
      to: hongGai,
      primary: true,
      ...basis,
    };
    const renamed = {
      kind: 'RENAMED' as const,
      effectiveDate: '2024-11-01',
      from: bachDang,
      to: bachDang,
      primary: false,
      ...basis,
    };
    const established = {
      kind: 'ESTABLISHED' as const,
      effectiveDate: '2025-07-01',
      from: null,
      to: hongGai,
      primary: false,
      ...basis,
    };

    expect(lineageLines(3, [renamed, merged]).map((line) => [line.direction, line.other?.id])).toEqual([
      ['self', undefined],
      ['into', 10],
    ]);
    expect(lineageLines(10, [merged, established]).map((line) => [line.direction, line.other?.id])).toEqual([
      ['from', 3],
      ['self', undefined],
    ]);
  });
});
