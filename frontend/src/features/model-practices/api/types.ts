import type { components } from '@/api';

type Schemas = components['schemas'];

export type UnitRef = Schemas['UnitRef'];
export type ModelPractice = Omit<Schemas['ModelPractice'], 'unit' | 'replicatedIn'> & {
  unit: UnitRef;
  replicatedIn: UnitRef[];
};
export type ModelPracticeRequest = Schemas['ModelPracticeRequest'];

export type ModelPracticePage = Schemas['PageResultModelPracticeResponse'];

export interface ModelPracticeListParams {
  q?: string;
  /** The year it was recognised. */
  year?: number;
  /** The unit where it was recognised and the units below it. */
  unitId?: number;
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}
