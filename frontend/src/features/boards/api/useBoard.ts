import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { boardKeys } from './keys';
import type { Board } from './types';

/** `GET /boards/{id}`: one board with its current `version`, read afresh before editing. */
export function useBoard(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: boardKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/boards/{id}', { params: { path: { id: id as number } }, signal }))) as Board,
    enabled: id !== undefined,
    staleTime: 0,
  });
}
