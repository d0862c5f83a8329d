import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type ConferenceKind = Schemas['ConferenceKind'];
export type UnitType = Schemas['UnitType'];
export type UnitRef = Present<Schemas['UnitRef'], 'id' | 'name'>;
export type Conference = Present<
  Omit<Schemas['Conference'], 'unit'>,
  'kind' | 'date' | 'title' | 'participants' | 'version'
> & {
  unit: UnitRef;
};
export type ConferenceRequest = Schemas['ConferenceRequest'];

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

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
};

export const CONFERENCE_KINDS: readonly ConferenceKind[] = [
  'STAFF_CONFERENCE',
  'WORKERS_CONFERENCE',
  'WORKPLACE_DIALOGUE',
];
