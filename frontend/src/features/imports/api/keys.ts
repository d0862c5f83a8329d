/** Query keys of the imports feature. */
export const importKeys = {
  all: ['imports'] as const,
  job: (id: number) => [...importKeys.all, 'job', id] as const,
  errors: (id: number, page: number, size: number) => [...importKeys.all, 'errors', id, page, size] as const,
};
