import type { components } from '@/api';

type Schemas = components['schemas'];

export type PartyOrganizationLevel = Schemas['PartyOrganizationLevel'];
export type PartyOrganizationForm = Schemas['PartyOrganizationForm'];
export type UnitRef = Schemas['UnitRef'];
export type PartyOrganization = Omit<Schemas['PartyOrganization'], 'unit'> & { unit: UnitRef };
export type PartyOrganizationTreeNode = Omit<Schemas['PartyOrganizationTreeNode'], 'children'> & {
  children?: PartyOrganizationTreeNode[];
};
export type PartyOrganizationRequest = Schemas['PartyOrganizationRequest'];

export type PartyOrganizationPage = Schemas['PageResultPartyOrganizationResponse'];

/** The table's state as the list endpoint takes it. */
export interface PartyOrganizationListParams {
  q?: string;
  level?: PartyOrganizationLevel;
  unitId?: number;
  active?: boolean;
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

/** From the provincial committee down to the cells below grassroots. */
export const PARTY_ORGANIZATION_LEVELS: readonly PartyOrganizationLevel[] = [
  'PROVINCIAL',
  'DIRECTLY_SUBORDINATE',
  'GRASSROOTS',
  'BELOW_GRASSROOTS',
];

export const PARTY_ORGANIZATION_FORMS: readonly PartyOrganizationForm[] = ['COMMITTEE', 'CELL'];
