import type { TrainingFilters, TrainingListParams } from './types';

/** Query keys of the trainings feature; every mutation invalidates `trainingKeys.all`. */
export const trainingKeys = {
  all: ['trainings'] as const,
  list: (params: TrainingListParams) => [...trainingKeys.all, 'list', params] as const,
  summary: (filters: TrainingFilters) => [...trainingKeys.all, 'summary', filters] as const,
  detail: (id: number) => [...trainingKeys.all, 'detail', id] as const,
};
