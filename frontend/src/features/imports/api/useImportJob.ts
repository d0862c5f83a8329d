import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { importKeys } from './keys';
import { isFinished, type ImportJob } from './types';

const POLL_MS = 1000;

/** `GET /imports/{id}`: the job's status and progress, polled every second until it has finished. */
export function useImportJob(id: number | undefined) {
  const api = useApi();
  return useQuery({
    queryKey: importKeys.job(id ?? -1),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id: id as number } }, signal }))) as ImportJob,
    enabled: id !== undefined,
    refetchInterval: (query) => (isFinished(query.state.data?.status) ? false : POLL_MS),
  });
}
