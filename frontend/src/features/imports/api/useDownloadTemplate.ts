import { useMutation } from '@tanstack/react-query';
import { unwrap, useApi } from '@/api';
import type { ImportKind, TemplateFormat } from './types';

/** `GET /imports/{kind}/template?format=`: fetches the template with the caller's token and saves it. */
export function useDownloadTemplate() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ kind, format }: { kind: ImportKind; format: TemplateFormat }) => {
      const blob = (await unwrap(
        api.GET('/api/v1/imports/{kind}/template', {
          params: { path: { kind }, query: { format } },
          parseAs: 'blob',
        }),
      )) as Blob;
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `mau-nhap-${kind}.${format}`;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
}
