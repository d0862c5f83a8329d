import type { components } from '@/api';

type Schemas = components['schemas'];

export type RegulationKind = Schemas['RegulationKind'];
export type RegulationStatus = Schemas['RegulationStatus'];
export type UnitRef = Schemas['UnitRef'];
export type Regulation = Omit<Schemas['Regulation'], 'unit' | 'issueDate'> & {
  unit: UnitRef;
  issueDate?: string | null;
};
export type RegulationCoverage = Omit<Schemas['RegulationCoverage'], 'missing'> & { missing?: UnitRef[] };

export type RegulationPage = Schemas['PageResultRegulationResponse'];

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
export type RegulationRevisionRequest = Omit<Schemas['RegulationRevisionRequest'], 'version'>;
export type RegulationIssueRequest = Omit<Schemas['RegulationIssueRequest'], 'version'>;
export type HistoryEntry = Schemas['HistoryEntry'];
