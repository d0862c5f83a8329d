import type { components } from '@/api';

type Schemas = components['schemas'];

export type PartyMemberStatus = Schemas['PartyMemberStatus'];
export type OrganizationRef = Schemas['PartyOrganizationRef'];
export type UnitRef = Schemas['UnitRef'];
export type PartyMember = Omit<Schemas['PartyMember'], 'organization' | 'unit'> & {
  organization: OrganizationRef;
  unit?: UnitRef;
};
export type PartyMemberRequest = Schemas['PartyMemberRequest'];
export type PartyMemberTransfer = Schemas['PartyMemberTransfer'] & {
  from?: OrganizationRef;
  to: OrganizationRef;
};
export type PartyMemberTransferRequest = Schemas['PartyMemberTransferRequest'];
export type OrganizationOption = Schemas['PartyOrganization'];

export interface PartyMemberListParams {
  q?: string;
  status?: PartyMemberStatus;
  /** Members of organisations attached to this unit or a unit below it. */
  unitId?: number;
  organizationId?: number;
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

export const PARTY_MEMBER_STATUSES: readonly PartyMemberStatus[] = [
  'ACTIVE',
  'TRANSFERRED_OUT',
  'DECEASED',
  'EXPELLED',
  'REMOVED',
];
