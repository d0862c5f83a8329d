import type { ModelPracticeListParams } from './types';

/** Query keys of the model practices feature; every mutation invalidates `modelPracticeKeys.all`. */
export const modelPracticeKeys = {
  all: ['model-practices'] as const,
  list: (params: ModelPracticeListParams) => [...modelPracticeKeys.all, 'list', params] as const,
  detail: (id: number) => [...modelPracticeKeys.all, 'detail', id] as const,
};
