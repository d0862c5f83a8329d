import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type components } from '@/api';

export type Me = components['schemas']['Me'];

/** The signed-in user as the API sees them: name, roles and the unit that bounds their scope. */
export function useMe() {
  const api = useApi();
  return useQuery({
    queryKey: ['me'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/me', { signal })),
    staleTime: 5 * 60_000,
  });
}
