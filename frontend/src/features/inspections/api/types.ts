import type { components } from '@/api';

type Schemas = components['schemas'];

export type InspectionKind = Schemas['Kind'];
export type InspectionForm = Schemas['Form'];
export type InspectionStatus = Schemas['Status'];
export type ConductingBody = Schemas['ConductingBody'];
export type SubjectType = Schemas['SubjectType'];
export type DisciplinaryForm = Schemas['DisciplinaryForm'];
export type DisciplinarySource = Schemas['DisciplinarySource'];
export type RecommendationStatus = Schemas['RecommendationStatus'];

export type Inspection = Schemas['Inspection'];
export type InspectionRequest = Schemas['InspectionRequest'];
export type InspectionSummary = Schemas['InspectionSummary'];
export type Recommendation = Schemas['Recommendation'];
export type Conclusion = Omit<Schemas['Conclusion'], 'recommendations'> & { recommendations: Recommendation[] };
export type ConclusionRequest = Schemas['ConclusionRequest'];
export type DisciplinaryAction = Schemas['DisciplinaryAction'];
export type DisciplinaryActionRequest = Schemas['DisciplinaryActionRequest'];
export type FieldChange = Schemas['FieldChange'];
export type HistoryEntry = Schemas['HistoryEntry'];

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

export type InspectionPage = Schemas['PageResultInspectionResponse'];

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
