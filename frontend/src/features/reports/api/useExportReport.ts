import { useMutation } from '@tanstack/react-query';
import { ApiProblem, useApi } from '@/api';
import type { ExportFormat, ReportParams } from './types';

/**
 * Downloads the report as CSV, XLSX or PDF. The file needs the bearer token, so it is fetched
 * through the API client and handed to the browser as an object URL.
 */
export function useExportReport() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ params, format }: { params: ReportParams; format: ExportFormat }) => {
      const { data, error, response } = await api.GET('/api/v1/reports/annual', {
        params: { query: { year: params.year, unitId: params.unitId, structure: params.structure, format } },
        parseAs: 'blob',
      });
      if (!response.ok || !data) {
        throw ApiProblem.fromBody(response.status, error);
      }
      const disposition = response.headers.get('Content-Disposition') ?? '';
      const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `bao-cao.${format}`;
      saveFile(data as Blob, fileName);
      return fileName;
    },
  });
}

function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
