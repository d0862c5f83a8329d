export { unitKeys } from './keys';
export {
  UNIT_TYPES,
  type Unit,
  type UnitListParams,
  type UnitPage,
  type UnitRequest,
  type UnitTreeNode,
  type UnitType,
} from './types';
export { useCreateUnit } from './useCreateUnit';
export { useDeleteUnit } from './useDeleteUnit';
export { useUnit } from './useUnit';
export { useUnits } from './useUnits';
export { useUnitTree } from './useUnitTree';
export { useUpdateUnit, type UpdateUnitInput } from './useUpdateUnit';
