import { ApiProblem, retryAfterSeconds } from './problem';
import type { ApiClient } from './client';

export interface UploadOptions {
  /** Form fields sent with the file (e.g. `visibility`). */
  fields?: Record<string, string | undefined>;
  /** Called with the share of the file sent, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * `multipart/form-data` POST of one file with upload progress (fetch reports none), the bearer token when
 * signed in, and the API's problem+json turned into an {@link ApiProblem} like every other call.
 */
export async function uploadFile<T>(api: ApiClient, path: string, file: File, options: UploadOptions = {}): Promise<T> {
  const token = await api.getToken();
  const form = new FormData();
  form.append('file', file, file.name);
  Object.entries(options.fields ?? {}).forEach(([name, value]) => {
    if (value !== undefined) {
      form.append(name, value);
    }
  });
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `${api.baseUrl}${path}`);
    if (token) {
      request.setRequestHeader('Authorization', `Bearer ${token}`);
    }
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        options.onProgress?.(event.loaded / event.total);
      }
    };
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) {
        options.onProgress?.(1);
        resolve(body as T);
      } else {
        reject(ApiProblem.fromBody(request.status, body, retryAfterSeconds(request.getResponseHeader('Retry-After'))));
      }
    };
    request.onerror = () => reject(new ApiProblem(0, { detail: 'network' }));
    request.onabort = () => reject(new ApiProblem(0, { detail: 'aborted' }));
    options.signal?.addEventListener('abort', () => request.abort());
    request.send(form);
  });
}

/** Saves a blob under a file name, as a download would. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
