import type { components } from '@/api';

type Schemas = components['schemas'];

export type FigureKind = Schemas['FigureKind'];
export type UnitType = NonNullable<Schemas['ReportUnit']['type']>;

export interface ReportUnit {
  id: number;
  code: string;
  name: string;
  type: UnitType;
}

export interface ReportPeriod {
  from: string;
  to: string;
}

export interface Figure {
  key: string;
  label: string;
  definition: string;
  kind: FigureKind;
  additive: boolean;
  value: number | null;
  previous: number | null;
}

export interface ReportSection {
  key: string;
  title: string;
  figures: Figure[];
}

export interface BreakdownRow {
  unit: ReportUnit;
  own: boolean;
  childCount: number;
  figures: Record<string, number | null>;
}

export interface LaggingReason {
  code: string;
  label: string;
  weight: number;
}

export interface LaggingUnit {
  unit: ReportUnit;
  score: number;
  reasons: LaggingReason[];
}

/** `GET /reports/annual` as the API always sends it. */
export interface AnnualReport {
  unit: ReportUnit;
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  sections: ReportSection[];
  breakdown: BreakdownRow[];
  lagging: LaggingUnit[];
  /** How many units lag in all: `lagging` names the most lagging only (100 by default). */
  laggingTotal: number;
  /** The features' own parts of the review, e.g. the steering committee's (`key: 'committee'`). */
  parts?: ReportPart[];
}

export interface ReportPart {
  key: string;
  title: string;
  paragraphs: string[];
  tables: { title: string; columns: string[]; rows: string[][] }[];
  /** The part's content as its feature's API gives it. */
  data: unknown;
}

export interface ReportParams {
  year: number;
  /** The unit whose subtree is reported; the caller's own when absent. */
  unitId?: number;
  /**
   * `period` (the default): the breakdown follows the structure of the period's last day;
   * `current`: today's structure, past records rolled up through the lineage into today's units.
   */
  structure?: ReportStructure;
}

export type ReportStructure = 'period' | 'current';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';
