import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { portalKeys } from './keys';

/** `GET /public/consultations/{id}`: a published consultation with its draft. */
export function usePublicConsultation(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.consultation(id),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/public/consultations/{id}', { params: { path: { id } }, signal })),
  });
}
