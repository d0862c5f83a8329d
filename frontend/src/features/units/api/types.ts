import type { components, paths } from '@/api';

export type Unit = components['schemas']['Unit'];
export type UnitType = components['schemas']['UnitType'];
export type UnitTreeNode = components['schemas']['UnitTreeNode'];
export type UnitRequest = components['schemas']['UnitRequest'];
export type UnitListParams = NonNullable<paths['/api/v1/units']['get']['parameters']['query']>;

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
