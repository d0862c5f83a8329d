import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';

/** `GET /disciplinary-actions?organizationId=|memberId=`: the actions against one subject, latest first. */
export function useDisciplinaryActions(subject: { organizationId?: number; memberId?: number }) {
  const api = useApi();
  return useQuery({
    queryKey: inspectionKeys.actions(subject),
    queryFn: async ({ signal }) =>
      await unwrap(
        api.GET('/api/v1/disciplinary-actions', {
          params: { query: { ...subject, page: '0', size: '100', sort: ['decisionDate,desc'] } },
          signal,
        }),
      ),
    enabled: subject.organizationId !== undefined || subject.memberId !== undefined,
  });
}
