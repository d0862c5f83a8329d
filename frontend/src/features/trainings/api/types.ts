import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type UnitRef = Present<Schemas['UnitRef'], 'id' | 'name'>;
export type Training = Present<
  Omit<Schemas['Training'], 'organizerUnit'>,
  'date' | 'topic' | 'attendances' | 'version'
> & {
  organizerUnit: UnitRef;
};
export type TrainingRequest = Schemas['TrainingRequest'];
export type TrainingSummary = Present<Schemas['TrainingSummary'], 'trainings' | 'attendances'>;

export interface TrainingPage {
  items: Training[];
  page: number;
  size: number;
  total: number;
}

/** The filters the list and the summary share. */
export interface TrainingFilters {
  q?: string;
  year?: number;
  /** The organising unit and the units below it. */
  unitId?: number;
}

export interface TrainingListParams extends TrainingFilters {
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}
