import type { components } from '@/api';

type Schemas = components['schemas'];

export type LineageKind = Schemas['LineageKind'];
export type UnitLineageEvent = Schemas['UnitLineageEvent'];
export type ReorganisationPlan = Schemas['ReorganisationPlan'];
export type ReorganisationPreview = Schemas['ReorganisationPreview'];
export type ReorganisationSummary = Schemas['ReorganisationSummary'];

/** The events of a lineage, in the order a person tells them. */
export const LINEAGE_KINDS: readonly LineageKind[] = [
  'ESTABLISHED',
  'MERGED_INTO',
  'SPLIT_FROM',
  'DIVIDED_INTO',
  'RENAMED',
  'RETYPED',
  'MOVED',
  'DISSOLVED',
];

/** What the CSV reader needs besides the table: the legal basis and the day the plan takes effect. */
export interface PlanFromCsvInput {
  csv: string;
  effectiveDate: string;
  legalBasisNumber: string;
  legalBasisDate?: string;
  title?: string;
}
