import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type StaffRole = Schemas['StaffRole'];
export type StaffAttention = Schemas['Attention'];
export type StaffMember = Present<
  Schemas['StaffMember'],
  'id' | 'username' | 'name' | 'enabled' | 'roles' | 'passwordChangeRequired' | 'version'
>;
export type StaffCreateRequest = Schemas['StaffCreateRequest'];
export type StaffUpdateRequest = Omit<Schemas['StaffUpdateRequest'], 'version'>;
export type StaffAuditEntry = Present<
  Schemas['StaffAuditEntry'],
  'id' | 'staffId' | 'staffUsername' | 'at' | 'by' | 'action'
>;

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** The table's state and filters as the list endpoint takes them. */
export interface StaffListParams {
  q?: string;
  role?: StaffRole;
  unitId?: number;
  enabled?: boolean;
  needsAttention?: boolean;
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

/** The roles a person's account may be given (INTEGRATION belongs to other systems). */
export const ASSIGNABLE_ROLES: readonly StaffRole[] = ['ADMIN', 'OFFICER', 'INSPECTOR', 'VIEWER'];
