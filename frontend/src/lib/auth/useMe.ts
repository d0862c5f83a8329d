import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type components, type Present } from '@/api';

type Schemas = components['schemas'];
export type UnitRef = Present<Schemas['UnitRef'], 'id' | 'code' | 'name' | 'type'>;
export type Me = Present<Omit<Schemas['Me'], 'unit'>, 'username' | 'roles'> & { unit?: UnitRef | null };

/** The signed-in user as the API sees them: name, roles and the unit that bounds their scope. */
export function useMe() {
  const api = useApi();
  return useQuery({
    queryKey: ['me'],
    queryFn: async ({ signal }) => (await unwrap(api.GET('/api/v1/me', { signal }))) as Me,
    staleTime: 5 * 60_000,
  });
}
