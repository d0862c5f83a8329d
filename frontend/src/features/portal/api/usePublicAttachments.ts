import { useQuery } from '@tanstack/react-query';
import { unwrap, useApi, type ApiClient } from '@/api';
import { portalKeys } from './keys';
import type { Attachment } from './types';

/** `GET /public/feedback/{trackingCode}/attachments`: the sender's public files and the published answer's. */
export function usePublicAttachments(code: string) {
  const api = useApi();
  return useQuery({
    queryKey: portalKeys.attachments(code),
    queryFn: async ({ signal }) =>
      (await unwrap(
        api.GET('/api/v1/public/feedback/{trackingCode}/attachments', {
          params: { path: { trackingCode: code } },
          signal,
        }),
      )) as Attachment[],
    enabled: code !== '',
  });
}

/** A public file's address: a plain link, since the public needs no token. */
export function publicAttachmentUrl(
  api: ApiClient,
  code: string,
  id: number,
  part: 'content' | 'thumbnail' = 'content',
) {
  return `${api.baseUrl}/api/v1/public/feedback/${encodeURIComponent(code)}/attachments/${id}/${part}`;
}
