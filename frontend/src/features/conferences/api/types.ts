import type { components } from '@/api';

type Schemas = components['schemas'];

export type ConferenceKind = Schemas['ConferenceKind'];
export type UnitType = Schemas['UnitType'];
export type UnitRef = Schemas['UnitRef'];
export type Conference = Omit<Schemas['Conference'], 'unit'> & {
  unit: UnitRef;
};
export type ConferenceRequest = Schemas['ConferenceRequest'];

export interface ConferenceFilters {
  q?: string;
  year?: number;
  kind?: ConferenceKind;
  /** The unit that held it and the units below it. */
  unitId?: number;
}

export interface ConferenceListParams extends ConferenceFilters {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

export interface LaggingUnitsParams {
  year: number;
  unitId?: number;
  page: number;
  size: number;
}

/** Which units hold which conference (the server's ConferenceKind.heldBy). */
export const KINDS_BY_UNIT_TYPE: Partial<Record<UnitType, readonly ConferenceKind[]>> = {
  AGENCY: ['STAFF_CONFERENCE'],
  PUBLIC_SERVICE_UNIT: ['STAFF_CONFERENCE'],
  ENTERPRISE: ['WORKERS_CONFERENCE', 'WORKPLACE_DIALOGUE'],
  COMMUNE: ['STAFF_CONFERENCE', 'LEADERS_DIALOGUE'],
  VILLAGE: ['VILLAGE_MEETING'],
};

export const CONFERENCE_KINDS: readonly ConferenceKind[] = [
  'STAFF_CONFERENCE',
  'WORKERS_CONFERENCE',
  'WORKPLACE_DIALOGUE',
  'LEADERS_DIALOGUE',
  'VILLAGE_MEETING',
];

export type DecidedBy = Schemas['ConferenceItemRequest']['decidedBy'];
export type Contribution = NonNullable<Schemas['ConferenceItemRequest']['contribution']>;
export const DECIDED_BY: readonly DecidedBy[] = ['SHOW_OF_HANDS', 'BALLOT', 'HOUSEHOLD_SIGNATURES'];
export const CONTRIBUTIONS: readonly Contribution[] = ['NONE', 'MONEY', 'WORK'];
