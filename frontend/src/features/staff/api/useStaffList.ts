import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { staffKeys } from './keys';
import type { StaffListParams } from './types';

/** `GET /staff`: one page of the accounts in the caller's scope. */
export function useStaffList(params: StaffListParams) {
  const api = useApi();
  return useQuery({
    queryKey: staffKeys.list(params),
    queryFn: async ({ signal }) => {
      const { page, size, sort, ...filters } = params;
      const query = { ...filters, page: String(page), size: String(size), sort: [sort] };
      return await unwrap(api.GET('/api/v1/staff', { params: { query }, signal }));
    },
    placeholderData: keepPreviousData,
  });
}
