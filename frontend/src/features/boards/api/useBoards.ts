import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { boardKeys } from './keys';
import type { BoardListParams } from './types';

/** `GET /boards`: one page of the people's boards and Front committees in the caller's scope. */
export function useBoards(params: BoardListParams) {
  const api = useApi();
  return useQuery({
    queryKey: boardKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/boards', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
