import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { reorganisationKeys } from './keys';
import type { ReorganisationSummary } from './reorganisationTypes';

/** `GET /reorganisations`: the reorganisations applied, newest effective date first. */
export function useReorganisations() {
  const api = useApi();
  return useQuery({
    queryKey: reorganisationKeys.list(),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/reorganisations', { params: { query: { size: '50' } }, signal }))) as {
        items: ReorganisationSummary[];
        total: number;
      },
  });
}
