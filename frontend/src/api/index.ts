export { ApiProvider, useApi } from './ApiContext';
export { createApiClient, type ApiClient } from './client';
export { saveBlob, uploadFile, type UploadOptions } from './upload';
export { ApiProblem, isProblem, retryAfterSeconds, unwrap, type FieldProblem } from './problem';
export type { components, paths } from './schema';
