import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { consultationKeys } from './keys';
import type { Consultation, ConsultationComment, HistoryEntry, Page } from './types';

/** `GET /consultations/{id}`: one consultation with its draft text. */
export function useConsultation(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: consultationKeys.detail(id),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/consultations/{id}', { params: { path: { id } }, signal }))) as Consultation,
  });
}

/** `GET /consultations/{id}/comments`: comments in the order received, with their answers. */
export function useConsultationComments(id: number, page: number) {
  const api = useApi();
  return useQuery({
    queryKey: consultationKeys.comments(id, page),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/consultations/{id}/comments', {
          params: { path: { id }, query: { page: String(page), size: '20' } },
          signal,
        }),
      )) as Page<ConsultationComment>,
  });
}

/** `GET /consultations/{id}/history`. */
export function useConsultationHistory(id: number) {
  const api = useApi();
  return useQuery({
    queryKey: consultationKeys.history(id),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/consultations/{id}/history', { params: { path: { id }, query: { size: '100' } }, signal }),
      )) as Page<HistoryEntry>,
  });
}
