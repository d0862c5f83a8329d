import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { staffKeys } from './keys';

const PAGE_SIZE = 20;

/** `GET /staff/history`: who changed whom, newest first; one account's changes when `staffId` is given. */
export function useStaffHistory(staffId: string | undefined, page: number, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: staffKeys.history(staffId, page),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/staff/history', {
          params: { query: { staffId, page: String(page), size: String(PAGE_SIZE) } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}
