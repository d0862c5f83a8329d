import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { inspectionKeys } from './keys';
import type { Inspection } from './types';

/** One explicit state change, with what it records. */
export type TransitionInput =
  | { verb: 'start'; id: number; version: number; actualStart: string }
  | { verb: 'conclude'; id: number; version: number; actualEnd: string }
  | { verb: 'close'; id: number; version: number }
  | { verb: 'cancel'; id: number; version: number; reason: string };

/** `POST /inspections/{id}/start|conclude|close|cancel`; an illegal one answers 409 with the reason. */
export function useInspectionTransition() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: TransitionInput): Promise<Inspection> => {
      const params = { path: { id: input.id } };
      switch (input.verb) {
        case 'start':
          return await unwrap(
            api.POST('/api/v1/inspections/{id}/start', {
              params,
              body: { actualStart: input.actualStart, version: input.version },
            }),
          );
        case 'conclude':
          return await unwrap(
            api.POST('/api/v1/inspections/{id}/conclude', {
              params,
              body: { actualEnd: input.actualEnd, version: input.version },
            }),
          );
        case 'close':
          return await unwrap(api.POST('/api/v1/inspections/{id}/close', { params, body: { version: input.version } }));
        case 'cancel':
          return await unwrap(
            api.POST('/api/v1/inspections/{id}/cancel', {
              params,
              body: { reason: input.reason, version: input.version },
            }),
          );
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all }),
  });
}
