export { importKeys } from './keys';
export {
  contentTypeOf,
  IMPORT_KINDS,
  IMPORT_ROLES,
  isFinished,
  type ImportError,
  type ImportJob,
  type ImportKind,
  type TemplateFormat,
} from './types';
export { useDownloadTemplate } from './useDownloadTemplate';
export { useImportErrors } from './useImportErrors';
export { useImportJob } from './useImportJob';
export { useStartImport, type StartImportInput } from './useStartImport';
