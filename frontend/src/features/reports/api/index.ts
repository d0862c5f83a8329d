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
