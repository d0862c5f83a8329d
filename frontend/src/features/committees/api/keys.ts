/** Query keys of the committees feature; every mutation invalidates `committeeKeys.all`. */
export const committeeKeys = {
  all: ['committees'] as const,
  list: () => [...committeeKeys.all, 'list'] as const,
  members: (id: number) => [...committeeKeys.all, id, 'members'] as const,
  plan: (id: number, year: number) => [...committeeKeys.all, id, 'plan', year] as const,
  meetings: (id: number, year: number) => [...committeeKeys.all, id, 'meetings', year] as const,
  shortcomings: (id: number) => [...committeeKeys.all, id, 'shortcomings'] as const,
};
