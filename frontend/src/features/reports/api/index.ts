export { figureOf, hasActivity } from './figures';
export { reportKeys } from './keys';
export type {
  AnnualReport,
  BreakdownRow,
  ExportFormat,
  Figure,
  FigureKind,
  LaggingUnit,
  ReportParams,
  ReportPart,
  ReportSection,
  ReportStructure,
  ReportUnit,
} from './types';
export { useAnnualReport } from './useAnnualReport';
export { useExportReport } from './useExportReport';
export { useLatestYearWithData } from './useLatestYearWithData';
export { useMonthlyTrainings, type MonthlyTrainings } from './useMonthlyTrainings';
