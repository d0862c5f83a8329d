import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { consultationKeys } from './keys';
import type { ConsultationListParams } from './types';

/** `GET /consultations`: the consultations of the caller's scope, latest opening first. */
export function useConsultations(params: ConsultationListParams) {
  const api = useApi();
  return useQuery({
    queryKey: consultationKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/consultations', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
