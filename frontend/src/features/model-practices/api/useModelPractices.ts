import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { modelPracticeKeys } from './keys';
import type { ModelPracticeListParams } from './types';

/** `GET /model-practices`: one page of the model practices in the caller's scope. */
export function useModelPractices(params: ModelPracticeListParams) {
  const api = useApi();
  return useQuery({
    queryKey: modelPracticeKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/model-practices', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
