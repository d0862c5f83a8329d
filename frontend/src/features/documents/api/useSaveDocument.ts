import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import { documentKeys } from './keys';
import type { DocumentRequest } from './types';

export interface SaveDocumentInput {
  /** Absent for a new document. */
  id?: number;
  /** The version that was read; a stale one is refused with 409 `version.stale`. */
  version?: number;
  body: DocumentRequest;
}

/** `POST /documents` or `PUT /documents/{id}`; a number already used by the issuer that year is 409 `document.number.duplicate`. */
export function useSaveDocument() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, body }: SaveDocumentInput) =>
      await unwrap(
        id === undefined
          ? api.POST('/api/v1/documents', { body })
          : api.PUT('/api/v1/documents/{id}', { params: { path: { id } }, body: { ...body, version: version ?? 0 } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
}
