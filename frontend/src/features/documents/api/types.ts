import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type DocumentKind = Schemas['DocumentKind'];
export type UnitRef = Present<Schemas['UnitRef'], 'id' | 'name'>;
export type DirectiveDocument = Present<
  Omit<Schemas['Document'], 'issuerUnit'>,
  'kind' | 'number' | 'issueDate' | 'title' | 'version'
> & { issuerUnit: UnitRef };
export type DocumentRequest = Schemas['DocumentRequest'];

export interface DocumentPage {
  items: DirectiveDocument[];
  page: number;
  size: number;
  total: number;
}

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
