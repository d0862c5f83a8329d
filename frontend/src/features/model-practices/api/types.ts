import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type UnitRef = Present<Schemas['UnitRef'], 'id' | 'name'>;
export type ModelPractice = Present<
  Omit<Schemas['ModelPractice'], 'unit' | 'replicatedIn'>,
  'year' | 'name' | 'version'
> & { unit: UnitRef; replicatedIn: UnitRef[] };
export type ModelPracticeRequest = Schemas['ModelPracticeRequest'];

export interface ModelPracticePage {
  items: ModelPractice[];
  page: number;
  size: number;
  total: number;
}

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
