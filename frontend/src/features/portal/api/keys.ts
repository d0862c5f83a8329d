/** Query keys of the public portal. */
export const portalKeys = {
  all: ['portal'] as const,
  units: (q: string) => [...portalKeys.all, 'units', q] as const,
  trackings: () => [...portalKeys.all, 'tracking'] as const,
  tracking: (code: string) => [...portalKeys.trackings(), code] as const,
  attachments: (code: string) => [...portalKeys.trackings(), code, 'attachments'] as const,
  consultations: (window: string | undefined, page: number) =>
    [...portalKeys.all, 'consultations', window ?? 'all', page] as const,
  consultation: (id: number) => [...portalKeys.all, 'consultation', id] as const,
  result: (id: number, page: number) => [...portalKeys.all, 'consultation', id, 'result', page] as const,
};
