import type { components } from '@/api';

type Schemas = components['schemas'];

export type DocumentKind = Schemas['DocumentKind'];
export type UnitRef = Schemas['UnitRef'];
export type DirectiveDocument = Omit<Schemas['Document'], 'issuerUnit'> & { issuerUnit: UnitRef };
export type DocumentRequest = Schemas['DocumentRequest'];

export type DocumentPage = Schemas['PageResultDocumentResponse'];

export interface DocumentListParams {
  q?: string;
  year?: number;
  kind?: DocumentKind;
  /** The issuing unit and the units below it. */
  unitId?: number;
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'RESOLUTION',
  'DIRECTIVE',
  'CONCLUSION',
  'REGULATION',
  'DECISION',
  'PLAN',
  'PROGRAM',
  'GUIDELINE',
  'NOTICE',
  'OFFICIAL_LETTER',
  'OTHER',
];
