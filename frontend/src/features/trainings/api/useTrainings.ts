import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { trainingKeys } from './keys';
import type { TrainingListParams } from './types';

/** `GET /trainings`: one page of the trainings in the caller's scope. */
export function useTrainings(params: TrainingListParams) {
  const api = useApi();
  return useQuery({
    queryKey: trainingKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/trainings', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
