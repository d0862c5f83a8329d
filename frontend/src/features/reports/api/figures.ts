import type { AnnualReport, Figure } from './types';

export function figureOf(report: AnnualReport, key: string): Figure | undefined {
  for (const section of report.sections) {
    const figure = section.figures.find((f) => f.key === key);
    if (figure) {
      return figure;
    }
  }
  return undefined;
}

// Figures that describe a state (units with a regulation, units without a conference), not what
// happened in the period: a period with only these has no records of its own.
const STATE_FIGURES = /^(regulations\.|conferences\.unitsWithout|committee\.)/;

/** Whether anything was recorded in the period (or, with `previous`, in the period before). */
export function hasActivity(report: AnnualReport, previous = false): boolean {
  return report.sections.some((section) =>
    section.figures.some(
      (figure) =>
        figure.kind === 'COUNT' &&
        !STATE_FIGURES.test(figure.key) &&
        ((previous ? figure.previous : figure.value) ?? 0) > 0,
    ),
  );
}
