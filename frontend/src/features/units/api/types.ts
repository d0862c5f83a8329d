import type { components, Present } from '@/api';

type Schemas = components['schemas'];

export type UnitType = Schemas['UnitType'];
export type Unit = Present<Schemas['Unit'], 'code' | 'name' | 'type' | 'active' | 'childCount' | 'version'>;
export type UnitTreeNode = Present<
  Omit<Schemas['UnitTreeNode'], 'children'>,
  'id' | 'code' | 'name' | 'type' | 'active'
> & {
  children?: UnitTreeNode[];
};
export type UnitRequest = Schemas['UnitRequest'];

export interface UnitPage {
  items: Unit[];
  page: number;
  size: number;
  total: number;
}

/** The table's state as the list endpoint takes it. */
export interface UnitListParams {
  q?: string;
  type?: UnitType;
  parentId?: number;
  active?: boolean;
  page: number;
  size: number;
  /** `field,asc` or `field,desc`. */
  sort: string;
}

/** In the order a person reads the tree: localities top-down, then the bodies under them. */
export const UNIT_TYPES: readonly UnitType[] = [
  'PROVINCE',
  'DISTRICT',
  'COMMUNE',
  'VILLAGE',
  'AGENCY',
  'PUBLIC_SERVICE_UNIT',
  'ENTERPRISE',
  'MASS_ORGANIZATION',
];
