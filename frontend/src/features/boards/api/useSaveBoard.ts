import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { boardKeys } from './keys';
import type { Board, BoardRequest } from './types';

export interface SaveBoardInput {
  /** Absent for a new board. */
  id?: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version?: number;
  body: BoardRequest;
}

/** `POST /boards` or `PUT /boards/{id}`; refreshes the lists. */
export function useSaveBoard() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: SaveBoardInput) =>
      (await unwrap(
        id === undefined
          ? api.POST('/api/v1/boards', { body })
          : api.PUT('/api/v1/boards/{id}', { params: { path: { id } }, body: { ...body, version: version ?? 0 } }),
      )) as Board,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: boardKeys.all }),
  });
}
