import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { portalKeys } from './keys';

/** `GET /public/consultations/{id}/result`: every comment with the unit's answer, once it closed. */
export function useConsultationResult(id: number, page: number, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.result(id, page),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/public/consultations/{id}/result', {
          params: { path: { id }, query: { page: String(page), size: '20' } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}
