export { documentKeys } from './keys';
export {
  DOCUMENT_KINDS,
  type DirectiveDocument,
  type DocumentKind,
  type DocumentListParams,
  type DocumentPage,
  type DocumentRequest,
} from './types';
export { useDeleteDocument } from './useDeleteDocument';
export { useDocument } from './useDocument';
export { useDocuments } from './useDocuments';
export { useSaveDocument, type SaveDocumentInput } from './useSaveDocument';
