import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { documentKeys } from './keys';

/** `GET /documents/{id}`: one document with its current `version`, read afresh before editing. */
export function useDocument(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: documentKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/documents/{id}', { params: { path: { id: id as number } }, signal })),
    enabled: id !== undefined,
    staleTime: 0,
  });
}
