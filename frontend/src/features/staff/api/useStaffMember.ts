import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { staffKeys } from './keys';

/** `GET /staff/{id}`, for the edit form: the account as Keycloak has it now. */
export function useStaffMember(id: string | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: staffKeys.detail(id ?? ''),
    queryFn: async ({ signal }) =>
      await unwrap(api.GET('/api/v1/staff/{id}', { params: { path: { id: id as string } }, signal })),
    enabled: id !== undefined,
  });
}
