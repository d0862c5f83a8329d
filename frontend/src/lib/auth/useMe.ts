import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type components } from '@/api';

type Schemas = components['schemas'];
export type UnitRef = Schemas['UnitRef'];
export type Me = Omit<Schemas['Me'], 'unit'> & { unit?: UnitRef | null };

/** The signed-in user as the API sees them: name, roles and the unit that bounds their scope. */
export function useMe() {
  const api = useApi();
  return useQuery({
    queryKey: ['me'],
    queryFn: async ({ signal }) => await unwrap(api.GET('/api/v1/me', { signal })),
    staleTime: 5 * 60_000,
  });
}
