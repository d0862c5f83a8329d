import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import type { ConsultationWindow } from '@/lib/democracy';
import { portalKeys } from './keys';

/** `GET /public/consultations`: published ones, open, upcoming or closed. */
export function usePublicConsultations(window: ConsultationWindow | undefined, page: number) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.consultations(window, page),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/public/consultations', {
          params: { query: { window, page: String(page), size: '10', sort: ['closesOn,desc'] } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
