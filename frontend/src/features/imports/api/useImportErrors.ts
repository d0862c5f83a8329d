import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { importKeys } from './keys';

/** `GET /imports/{id}/errors`: one page of the problems found, by row and column. */
export function useImportErrors(id: number | undefined, page: number, size: number, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: importKeys.errors(id ?? -1, page, size),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/imports/{id}/errors', {
          params: { path: { id: id as number }, query: { page: String(page), size: String(size), sort: ['row,asc'] } },
          signal,
        }),
      ),
    enabled: id !== undefined && enabled,
    placeholderData: keepPreviousData,
  });
}
