import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi, type components } from '@/api';
import { committeeKeys } from './keys';
import type { CommitteePlan, PlanRequest, TargetRequest, TaskRequest } from './types';

/** `POST /committees/{id}/plans`: the year's plan and its theme. */
export function useCreatePlan() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ committeeId, body }: { committeeId: number; body: PlanRequest }) =>
      (await unwrap(
        api.POST('/api/v1/committees/{id}/plans', { params: { path: { id: committeeId } }, body }),
      )) as CommitteePlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}

/** `POST /committees/{id}/plans/{year}/targets`: a target on one of the review's figures. */
export function useAddTarget() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ committeeId, year, body }: { committeeId: number; year: number; body: TargetRequest }) =>
      (await unwrap(
        api.POST('/api/v1/committees/{id}/plans/{year}/targets', { params: { path: { id: committeeId, year } }, body }),
      )) as CommitteePlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}

/** `POST /committees/{id}/plans/{year}/tasks`: a task of the year's plan. */
export function useAddTask() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ committeeId, year, body }: { committeeId: number; year: number; body: TaskRequest }) =>
      (await unwrap(
        api.POST('/api/v1/committees/{id}/plans/{year}/tasks', { params: { path: { id: committeeId, year } }, body }),
      )) as CommitteePlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: committeeKeys.all }),
  });
}

/** The annual review's figures (key, label, kind) a target may be set on, for the committee's unit. */
export function useReviewFigures(unitId: number, year: number, enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...committeeKeys.all, 'figures', unitId, year],
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/reports/annual', {
          params: { query: { unitId, year } },
          headers: { Accept: 'application/json' },
          signal,
        }),
      )) as components['schemas']['AnnualReport'],
    select: (report) =>
      report.sections.flatMap((section) =>
        section.figures.map((figure) => ({ key: figure.key, label: figure.label, kind: figure.kind })),
      ),
    enabled,
    staleTime: 5 * 60_000,
  });
}
