import type { components } from '@/api';

type Schemas = components['schemas'];

export type UnitRef = Schemas['UnitRef'];
export type Training = Omit<Schemas['Training'], 'organizerUnit'> & {
  organizerUnit: UnitRef;
};
export type TrainingRequest = Schemas['TrainingRequest'];
export type TrainingSummary = Schemas['TrainingSummary'];

export type TrainingPage = Schemas['PageResultTrainingResponse'];

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
