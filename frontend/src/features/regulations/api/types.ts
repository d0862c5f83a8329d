import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type RegulationKind = Schemas['RegulationKind'];
export type RegulationStatus = Schemas['RegulationStatus'];
export type UnitRef = Present<Schemas['UnitRef'], 'id' | 'name'>;
export type Regulation = Present<
  Omit<Schemas['Regulation'], 'unit' | 'issueDate'>,
  'id' | 'kind' | 'title' | 'status' | 'inForce' | 'version'
> & { unit: UnitRef; issueDate?: string | null };
export type RegulationCoverage = Present<
  Omit<Schemas['RegulationCoverage'], 'missing'>,
  'requiredUnits' | 'unitsWithRegulation' | 'share' | 'missingTotal'
> & { missing?: UnitRef[] };

export interface RegulationPage {
  items: Regulation[];
  page: number;
  size: number;
  total: number;
}

export interface RegulationListParams {
  q?: string;
  status?: RegulationStatus;
  kind?: RegulationKind;
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

export const REGULATION_KINDS: readonly RegulationKind[] = ['REGULATION', 'CONVENTION'];
/** In the order a regulation lives through them. */
export const REGULATION_STATUSES: readonly RegulationStatus[] = [
  'DRAFTING',
  'IN_CONSULTATION',
  'ISSUED',
  'REVISED',
  'REPEALED',
];

export type RegulationRequest = Schemas['RegulationRequest'];
export type RegulationUpdateRequest = Omit<Schemas['RegulationUpdateRequest'], 'version'>;
export type RegulationIssueRequest = Omit<Schemas['RegulationIssueRequest'], 'version'>;
export type HistoryEntry = Present<Schemas['HistoryEntry'], 'id' | 'at' | 'action'>;
