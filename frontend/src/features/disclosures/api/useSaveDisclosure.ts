import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { disclosureKeys } from './keys';
import type { Disclosure, DisclosureRequest } from './types';

export interface SaveDisclosureInput {
  /** Absent for a new disclosure. */
  id?: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version?: number;
  body: DisclosureRequest;
}

/** `POST /disclosures` or `PUT /disclosures/{id}`; refreshes the lists. */
export function useSaveDisclosure() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: SaveDisclosureInput) =>
      (await unwrap(
        id === undefined
          ? api.POST('/api/v1/disclosures', { body })
          : api.PUT('/api/v1/disclosures/{id}', { params: { path: { id } }, body: { ...body, version: version ?? 0 } }),
      )) as Disclosure,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: disclosureKeys.all }),
  });
}
