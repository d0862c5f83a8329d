import { describe, expect, it } from 'vitest';
import { hasActivity, type AnnualReport, type Figure } from '../../api';
import { feedbackByRight, inspectionsByUnit, periodComparison, regulationCoverageByUnit } from './chartData';

const province = { id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE' as const };
const haLong = { id: 2, code: '193', name: 'Thành phố Hạ Long', type: 'DISTRICT' as const };
const camPha = { id: 3, code: '195', name: 'Thành phố Cẩm Phả', type: 'DISTRICT' as const };

function figure(
  key: string,
  value: number | null,
  previous: number | null = null,
  kind: Figure['kind'] = 'COUNT',
): Figure {
  return { key, label: `label of ${key}`, definition: '', kind, additive: kind === 'COUNT', value, previous };
}

function report(figures: Figure[]): AnnualReport {
  return {
    unit: province,
    period: { from: '2024-01-01', to: '2024-12-31' },
    previousPeriod: { from: '2023-01-01', to: '2023-12-31' },
    sections: [{ key: 'all', title: 'All', figures }],
    breakdown: [
      {
        unit: haLong,
        own: false,
        childCount: 33,
        figures: {
          'inspections.organizationsInspected': 120,
          'inspections.organizationsSupervised': 98,
          'regulations.share': 1,
        },
      },
      {
        unit: camPha,
        own: false,
        childCount: 16,
        figures: {
          'inspections.organizationsInspected': 40,
          'inspections.organizationsSupervised': 51,
          'regulations.share': 0.5,
        },
      },
      {
        unit: province,
        own: true,
        childCount: 0,
        figures: {
          'inspections.organizationsInspected': 0,
          'inspections.organizationsSupervised': 0,
          'regulations.share': null,
        },
      },
    ],
    lagging: [],
    laggingTotal: 0,
  };
}

describe('chart data', () => {
  it('takes inspections and supervisions by child unit from the breakdown, leaving out an empty own row', () => {
    const data = inspectionsByUnit(
      report([figure('inspections.organizationsInspected', 160)]),
      (name) => `${name} (own)`,
    );
    expect(data.categories).toEqual(['Thành phố Hạ Long', 'Thành phố Cẩm Phả']);
    expect(data.series.map((s) => s.values)).toEqual([
      [120, 40],
      [98, 51],
    ]);
    expect(data.series[0].name).toBe('label of inspections.organizationsInspected');
  });

  it('takes the regulation coverage of each child unit that must have one', () => {
    const data = regulationCoverageByUnit(report([]), (name) => name);
    expect(data.categories).toEqual(['Thành phố Hạ Long', 'Thành phố Cẩm Phả']);
    expect(data.series[0].values).toEqual([1, 0.5]);
  });

  it('splits the feedback received on each right into answered on time, late and open, adding up to it', () => {
    const data = feedbackByRight(
      report([
        figure('feedback.received.KNOW', 10),
        figure('feedback.answered.KNOW', 7),
        figure('feedback.answeredOnTime.KNOW', 5),
        figure('feedback.received.SUPERVISE', 3),
        figure('feedback.answered.SUPERVISE', 0),
        figure('feedback.answeredOnTime.SUPERVISE', 0),
      ]),
      { rights: (right) => right, onTime: 'on time', late: 'late', open: 'open' },
    );
    expect(data.categories).toEqual(['KNOW', 'DISCUSS', 'DO', 'INSPECT', 'SUPERVISE', 'BENEFIT']);
    expect(data.series.map((s) => [s.key, s.values[0], s.values[4]])).toEqual([
      ['onTime', 5, 0],
      ['late', 2, 0],
      ['open', 3, 3],
    ]);
  });

  it('compares the headline counts with the previous period', () => {
    const data = periodComparison(
      report([figure('documents.issued', 28, 20), figure('trainings.attendances', 8532, 7000)]),
      { current: 'now', previous: 'before' },
    );
    expect(data.categories).toEqual(['label of documents.issued', 'label of trainings.attendances']);
    expect(data.series.map((s) => s.values)).toEqual([
      [28, 8532],
      [20, 7000],
    ]);
  });

  it('sees activity in counts of what happened, not in the state of regulations', () => {
    expect(
      hasActivity(report([figure('regulations.unitsWithRegulation', 120), figure('trainings.classes', 0, 4)])),
    ).toBe(false);
    expect(hasActivity(report([figure('trainings.classes', 0, 4)]), true)).toBe(true);
    expect(hasActivity(report([figure('documents.issued', 2)]))).toBe(true);
  });
});
