import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type PartyOrganizationLevel = Schemas['PartyOrganizationLevel'];
export type PartyOrganizationForm = Schemas['PartyOrganizationForm'];
export type UnitRef = Present<Schemas['UnitRef'], 'id' | 'name'>;
export type PartyOrganization = Present<
  Omit<Schemas['PartyOrganization'], 'unit'>,
  'id' | 'code' | 'name' | 'level' | 'form' | 'memberCount' | 'childCount' | 'active' | 'version'
> & { unit: UnitRef };
export type PartyOrganizationTreeNode = Present<
  Omit<Schemas['PartyOrganizationTreeNode'], 'children'>,
  'id' | 'code' | 'name' | 'level' | 'form' | 'active'
> & { children?: PartyOrganizationTreeNode[] };
export type PartyOrganizationRequest = Schemas['PartyOrganizationRequest'];

export interface PartyOrganizationPage {
  items: PartyOrganization[];
  page: number;
  size: number;
  total: number;
}

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
