export { reorganisationKeys, unitKeys } from './keys';
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
export {
  LINEAGE_KINDS,
  type LineageKind,
  type PlanFromCsvInput,
  type ReorganisationPlan,
  type ReorganisationPreview,
  type ReorganisationSummary,
  type UnitLineageEvent,
} from './reorganisationTypes';
export { useApplyReorganisation, usePlanFromCsv, usePreviewReorganisation } from './useReorganisation';
export { useReorganisations } from './useReorganisations';
export { useUnitLineage } from './useUnitLineage';
