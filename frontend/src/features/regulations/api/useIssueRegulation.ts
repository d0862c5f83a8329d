import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { regulationKeys } from './keys';
import type { RegulationIssueRequest } from './types';

/** `POST /regulations/{id}/issue`: puts a draft in force with its number and date; the one it replaces becomes REVISED. */
export function useIssueRegulation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: { id: number; version: number; body: RegulationIssueRequest }) =>
      await unwrap(
        api.POST('/api/v1/regulations/{id}/issue', { params: { path: { id } }, body: { ...body, version } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: regulationKeys.all }),
  });
}
