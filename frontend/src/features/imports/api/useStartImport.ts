import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { importKeys } from './keys';
import { contentTypeOf, type ImportKind } from './types';

export interface StartImportInput {
  kind: ImportKind;
  file: File;
  /** A dry run checks every row and writes nothing. */
  dryRun: boolean;
}

/** `POST /imports?kind=&dryRun=`: uploads the file as it is; the answer (202) is the queued job. */
export function useStartImport() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ kind, file, dryRun }: StartImportInput) => {
      // The body is the file's bytes as they are, not JSON.
      const bytes = await file.arrayBuffer();
      return await unwrap(
        api.POST('/api/v1/imports', {
          params: { query: { kind, dryRun } },
          body: bytes as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'Content-Type': contentTypeOf(file.name) ?? file.type },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: importKeys.all }),
  });
}
