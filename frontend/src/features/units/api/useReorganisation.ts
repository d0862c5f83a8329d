import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { reorganisationKeys, unitKeys } from './keys';
import type { PlanFromCsvInput, ReorganisationPlan, ReorganisationPreview } from './reorganisationTypes';

/** `POST /reorganisations?dryRun=true`: what the plan would create, close and move; writes nothing. */
export function usePreviewReorganisation() {
  const api = useApi();
  return useMutation({
    mutationFn: async (plan: ReorganisationPlan) =>
      (await unwrap(
        api.POST('/api/v1/reorganisations', { params: { query: { dryRun: true } }, body: plan }),
      )) as ReorganisationPreview,
  });
}

/** `POST /reorganisations`: applies the plan at once; every unit list, tree and lineage is stale after it. */
export function useApplyReorganisation() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (plan: ReorganisationPlan) =>
      (await unwrap(api.POST('/api/v1/reorganisations', { body: plan }))) as ReorganisationPreview,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: unitKeys.all }),
        queryClient.invalidateQueries({ queryKey: reorganisationKeys.all }),
      ]),
  });
}

/** `POST /reorganisations/plan-from-csv`: a table shaped like quang-ninh-units-2025.csv read into a plan. */
export function usePlanFromCsv() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ csv, effectiveDate, legalBasisNumber, legalBasisDate, title }: PlanFromCsvInput) =>
      (await unwrap(
        api.POST('/api/v1/reorganisations/plan-from-csv', {
          params: { query: { effectiveDate, legalBasisNumber, legalBasisDate, title } },
          body: csv,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv; charset=UTF-8' },
        }),
      )) as ReorganisationPlan,
  });
}
