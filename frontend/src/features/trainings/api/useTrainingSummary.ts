import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { trainingKeys } from './keys';
import type { TrainingFilters } from './types';

/** `GET /trainings/summary`: how many classes and attendances match the list's filters. */
export function useTrainingSummary(filters: TrainingFilters) {
  const api = useApi();
  return useQuery({
    queryKey: trainingKeys.summary(filters),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/trainings/summary', { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
  });
}
