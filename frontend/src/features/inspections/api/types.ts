import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type InspectionKind = Schemas['Kind'];
export type InspectionForm = Schemas['Form'];
export type InspectionStatus = Schemas['Status'];
export type Inspection = Present<Schemas['Inspection'], 'id' | 'kind' | 'form' | 'planYear' | 'status' | 'version'>;
export type InspectionSummary = Present<
  Schemas['InspectionSummary'],
  'organizationsInspected' | 'membersInspected' | 'organizationsSupervised' | 'membersSupervised' | 'violationsFound'
>;

export interface InspectionPage {
  items: Inspection[];
  page: number;
  size: number;
  total: number;
}

export interface InspectionListParams {
  year?: number;
  kind?: InspectionKind;
  status?: InspectionStatus;
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

export const INSPECTION_KINDS: readonly InspectionKind[] = ['INSPECTION', 'SUPERVISION'];
/** In the order an inspection goes through them. */
export const INSPECTION_STATUSES: readonly InspectionStatus[] = [
  'PLANNED',
  'IN_PROGRESS',
  'CONCLUDED',
  'CLOSED',
  'CANCELLED',
];
