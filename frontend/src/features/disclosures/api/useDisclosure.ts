import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { disclosureKeys } from './keys';
import type { Disclosure } from './types';

/** `GET /disclosures/{id}`: one disclosure with its current `version`, read afresh before editing. */
export function useDisclosure(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: disclosureKeys.detail(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/disclosures/{id}', { params: { path: { id: id as number } }, signal }),
      )) as Disclosure,
    enabled: id !== undefined,
    staleTime: 0,
  });
}
