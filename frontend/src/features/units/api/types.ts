import type { components } from '@/api';

type Schemas = components['schemas'];

export type UnitType = Schemas['UnitType'];
export type Unit = Schemas['Unit'];
export type UnitTreeNode = Omit<Schemas['UnitTreeNode'], 'children'> & {
  children?: UnitTreeNode[];
};
export type UnitRequest = Schemas['UnitRequest'];

export type UnitPage = Schemas['PageResultUnitResponse'];

/** The table's state as the list endpoint takes it. */
export interface UnitListParams {
  q?: string;
  type?: UnitType;
  parentId?: number;
  active?: boolean;
  /** Only units that existed on this day. */
  on?: string;
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
