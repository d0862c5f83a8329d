import type { components } from '@/api';

type Schemas = components['schemas'];

export type StaffRole = Schemas['StaffRole'];
export type StaffAttention = Schemas['Attention'];
export type StaffMember = Schemas['StaffMember'];
export type StaffCreateRequest = Schemas['StaffCreateRequest'];
export type StaffUpdateRequest = Omit<Schemas['StaffUpdateRequest'], 'version'>;
export type StaffAuditEntry = Schemas['StaffAuditEntry'];

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
