export { modelPracticeKeys } from './keys';
export type { ModelPractice, ModelPracticeListParams, ModelPracticePage, ModelPracticeRequest } from './types';
export { useDeleteModelPractice } from './useDeleteModelPractice';
export { useModelPractice } from './useModelPractice';
export { useModelPractices } from './useModelPractices';
export { useSaveModelPractice, type SaveModelPracticeInput } from './useSaveModelPractice';
