import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type PartyMemberStatus = Schemas['PartyMemberStatus'];
export type OrganizationRef = Present<Schemas['PartyOrganizationRef'], 'id' | 'name'>;
export type UnitRef = Present<Schemas['UnitRef'], 'id' | 'name'>;
export type PartyMember = Present<
  Omit<Schemas['PartyMember'], 'organization' | 'unit'>,
  'id' | 'fullName' | 'partyCardNumber' | 'admissionDate' | 'status' | 'version'
> & { organization: OrganizationRef; unit?: UnitRef };
export type PartyMemberRequest = Schemas['PartyMemberRequest'];
export type PartyMemberTransfer = Present<Schemas['PartyMemberTransfer'], 'id' | 'date'> & {
  from?: OrganizationRef;
  to: OrganizationRef;
};
export type PartyMemberTransferRequest = Schemas['PartyMemberTransferRequest'];
export type OrganizationOption = Present<Schemas['PartyOrganization'], 'id' | 'code' | 'name'>;

export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

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
