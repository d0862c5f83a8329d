import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { saveBlob, unwrap, uploadFile, useApi, type ApiClient, type components } from '@/api';

export type Attachment = components['schemas']['Attachment'];
export type AttachmentVisibility = components['schemas']['Visibility'];

export const attachmentKeys = {
  all: ['attachments'] as const,
  owner: (kind: string, ownerId: number) => [...attachmentKeys.all, kind, ownerId] as const,
  counts: (kind: string, ids: readonly number[]) => [...attachmentKeys.all, kind, 'counts', ids.join(',')] as const,
};

/** `GET /attachments/{kind}/{ownerId}`: the record's files the caller may see. */
export function attachmentsQuery(api: ApiClient, kind: string, ownerId: number) {
  return {
    queryKey: attachmentKeys.owner(kind, ownerId),
    queryFn: async ({ signal }: { signal?: AbortSignal }) =>
      (await unwrap(api.GET('/api/v1/attachments/{kind}/{ownerId}', { params: { path: { kind, ownerId } }, signal })))
        .items as Attachment[],
  };
}

export function useAttachments(kind: string, ownerId: number) {
  const api = useApi();
  return useQuery({ ...attachmentsQuery(api, kind, ownerId), enabled: Number.isFinite(ownerId) });
}

/** `GET /attachments/{kind}/counts`: the paperclip count of list rows, by owner id. */
export function useAttachmentCounts(kind: string, ownerIds: readonly number[]) {
  const api = useApi();
  return useQuery({
    queryKey: attachmentKeys.counts(kind, ownerIds),
    queryFn: async ({ signal }) => {
      const counts = await unwrap(
        api.GET('/api/v1/attachments/{kind}/counts', {
          params: { path: { kind }, query: { ownerIds: ownerIds.join(',') } },
          signal,
        }),
      );
      return new Map(counts.map((c) => [c.ownerId, c.count]));
    },
    enabled: ownerIds.length > 0,
  });
}

export function useUploadAttachment(kind: string, ownerId: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      visibility,
      onProgress,
    }: {
      file: File;
      visibility: AttachmentVisibility;
      onProgress?: (f: number) => void;
    }) =>
      uploadFile<Attachment>(api, `/api/v1/attachments/${kind}/${ownerId}`, file, {
        fields: { visibility },
        onProgress,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...attachmentKeys.all, kind] }),
  });
}

export function useDeleteAttachment(kind: string, ownerId: number) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(api.DELETE('/api/v1/attachments/{kind}/{ownerId}/{id}', { params: { path: { kind, ownerId, id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...attachmentKeys.all, kind] }),
  });
}

/** The file's content (or thumbnail) with the caller's token, as a blob. */
export async function fetchAttachment(api: ApiClient, file: Attachment, part: 'content' | 'thumbnail' = 'content') {
  const path =
    part === 'content'
      ? '/api/v1/attachments/{kind}/{ownerId}/{id}/content'
      : '/api/v1/attachments/{kind}/{ownerId}/{id}/thumbnail';
  const result = await api.GET(path, {
    params: { path: { kind: file.ownerKind, ownerId: file.ownerId, id: file.id } },
    parseAs: 'blob',
  });
  if (!result.data) {
    throw new Error(`HTTP ${result.response.status}`);
  }
  return result.data as Blob;
}

export async function downloadAttachment(api: ApiClient, file: Attachment) {
  saveBlob(await fetchAttachment(api, file), file.fileName);
}
