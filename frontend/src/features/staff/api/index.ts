export { staffKeys } from './keys';
export {
  ASSIGNABLE_ROLES,
  type StaffAttention,
  type StaffAuditEntry,
  type StaffCreateRequest,
  type StaffListParams,
  type StaffMember,
  type StaffRole,
  type StaffUpdateRequest,
} from './types';
export { useCreateStaff } from './useCreateStaff';
export { useResetStaffPassword } from './useResetStaffPassword';
export { useSetStaffEnabled } from './useSetStaffEnabled';
export { useStaffHistory } from './useStaffHistory';
export { useStaffList } from './useStaffList';
export { useStaffMember } from './useStaffMember';
export { useUpdateStaff, type UpdateStaffInput } from './useUpdateStaff';
