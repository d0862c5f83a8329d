import { useCallback, useState } from 'react';
import { uploadFile, useApi, type ApiProblem } from '@/api';
import type { Attachment, AttachmentVisibility } from './types';

export interface FileProgress {
  name: string;
  /** 0 to 1. */
  progress: number;
  status: 'waiting' | 'uploading' | 'done' | 'failed';
  error?: ApiProblem;
}

/**
 * The sender's files, sent one after the other once the feedback has its tracking code. A retry sends the
 * same content again, which the server answers with the file it already has (no duplicate).
 */
export function useUploadFeedbackFiles() {
  const api = useApi();
  const [files, setFiles] = useState<FileProgress[]>([]);

  const upload = useCallback(
    async (trackingCode: string, chosen: File[], visibility: AttachmentVisibility) => {
      setFiles(chosen.map((file) => ({ name: file.name, progress: 0, status: 'waiting' })));
      const update = (index: number, change: Partial<FileProgress>) =>
        setFiles((current) => current.map((f, i) => (i === index ? { ...f, ...change } : f)));
      const stored: Attachment[] = [];
      for (const [index, file] of chosen.entries()) {
        update(index, { status: 'uploading' });
        try {
          stored.push(
            await uploadFile<Attachment>(
              api,
              `/api/v1/public/feedback/${encodeURIComponent(trackingCode)}/attachments`,
              file,
              {
                fields: { visibility },
                onProgress: (progress) => update(index, { progress }),
              },
            ),
          );
          update(index, { status: 'done', progress: 1 });
        } catch (error) {
          update(index, { status: 'failed', error: error as ApiProblem });
        }
      }
      return stored;
    },
    [api],
  );

  return { files, upload, reset: () => setFiles([]) };
}
