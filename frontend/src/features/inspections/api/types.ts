import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type InspectionKind = Schemas['Kind'];
export type InspectionForm = Schemas['Form'];
export type InspectionStatus = Schemas['Status'];
export type ConductingBody = Schemas['ConductingBody'];
export type SubjectType = Schemas['SubjectType'];
export type DisciplinaryForm = Schemas['DisciplinaryForm'];
export type DisciplinarySource = Schemas['DisciplinarySource'];
export type RecommendationStatus = Schemas['RecommendationStatus'];

export type Inspection = Present<Schemas['Inspection'], 'id' | 'kind' | 'form' | 'planYear' | 'status' | 'version'>;
export type InspectionRequest = Schemas['InspectionRequest'];
export type InspectionSummary = Present<
  Schemas['InspectionSummary'],
  'organizationsInspected' | 'membersInspected' | 'organizationsSupervised' | 'membersSupervised' | 'violationsFound'
>;
export type Recommendation = Present<Schemas['Recommendation'], 'id' | 'content' | 'dueDate' | 'status'>;
export type Conclusion = Present<
  Omit<Schemas['Conclusion'], 'recommendations'>,
  'inspectionId' | 'violationFound' | 'findings' | 'version'
> & { recommendations: Recommendation[] };
export type ConclusionRequest = Schemas['ConclusionRequest'];
export type DisciplinaryAction = Present<
  Schemas['DisciplinaryAction'],
  'id' | 'form' | 'decisionNumber' | 'decisionDate' | 'decidingBody' | 'source' | 'version'
>;
export type DisciplinaryActionRequest = Schemas['DisciplinaryActionRequest'];
export type FieldChange = Schemas['FieldChange'];
export type HistoryEntry = Present<Schemas['HistoryEntry'], 'id' | 'at' | 'action'>;

/** A party organisation or member as a picker offers it. */
export interface OrganizationOption {
  id: number;
  code: string;
  name: string;
}
export interface MemberOption {
  id: number;
  fullName: string;
  partyCardNumber: string;
  organization?: { id?: number; name?: string };
  /** A member who holds a post may be removed from it (cách chức). */
  post?: string | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}
export type InspectionPage = Page<Inspection>;

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
export const CONDUCTING_BODIES: readonly ConductingBody[] = ['INSPECTION_COMMISSION', 'EXECUTIVE_COMMITTEE'];
export const DISCIPLINARY_SOURCES: readonly DisciplinarySource[] = [
  'INSPECTION',
  'DENUNCIATION',
  'SELF_CRITICISM',
  'OTHER',
];
