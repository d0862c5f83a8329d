export { trainingKeys } from './keys';
export type {
  Training,
  TrainingFilters,
  TrainingListParams,
  TrainingPage,
  TrainingRequest,
  TrainingSummary,
} from './types';
export { useDeleteTraining } from './useDeleteTraining';
export { useSaveTraining, type SaveTrainingInput } from './useSaveTraining';
export { useTraining } from './useTraining';
export { useTrainings } from './useTrainings';
export { useTrainingSummary } from './useTrainingSummary';
