import type { components, paths } from '@/api';
import type { Role } from '@/lib/auth';

type Schemas = components['schemas'];

export type ImportKind = NonNullable<paths['/api/v1/imports']['post']['parameters']['query']>['kind'];
export type ImportStatus = Schemas['ImportStatus'];
export type ImportPhase = Schemas['ImportPhase'];
export type ImportJob = Schemas['ImportJob'];
export type ImportError = Schemas['ImportError'];
export type TemplateFormat = 'xlsx' | 'csv';

export type ImportErrorPage = Schemas['PageResultImportErrorResponse'];

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The kinds of record a spreadsheet may hold, each with the roles the backend lets import it. */
export const IMPORT_KINDS: readonly { kind: ImportKind; roles: readonly Role[] }[] = [
  { kind: 'units', roles: ['admin', 'officer'] },
  { kind: 'party-organizations', roles: ['admin', 'officer'] },
  { kind: 'party-members', roles: ['admin', 'inspector'] },
  { kind: 'regulations', roles: ['admin', 'officer'] },
  { kind: 'trainings', roles: ['admin', 'officer'] },
  { kind: 'disclosures', roles: ['admin', 'officer'] },
  { kind: 'village-meetings', roles: ['admin', 'officer'] },
];

/** Roles that may use the import wizard at all. */
export const IMPORT_ROLES: readonly Role[] = ['admin', 'officer', 'inspector'];

export function isFinished(status: ImportStatus | undefined) {
  return status === 'SUCCEEDED' || status === 'FAILED';
}

/** The content type the API takes for a file, from its name; undefined for what it does not read. */
export function contentTypeOf(fileName: string): string | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) {
    return CSV_TYPE;
  }
  if (lower.endsWith('.xlsx')) {
    return XLSX_TYPE;
  }
  return undefined;
}
