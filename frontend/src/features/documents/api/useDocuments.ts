import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { documentKeys } from './keys';
import type { DocumentListParams } from './types';

/** `GET /documents`: one page of the directive documents in the caller's scope. */
export function useDocuments(params: DocumentListParams) {
  const api = useApi();
  return useQuery({
    queryKey: documentKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/documents', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
