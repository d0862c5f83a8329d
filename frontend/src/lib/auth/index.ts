export { AuthProvider, useAuth } from './AuthContext';
export {
  canWriteInspections,
  canWritePartyOrganizations,
  canWriteRegisters,
  canWriteUnits,
  hasAnyRole,
  PARTY_MEMBER_ROLES,
} from './permissions';
export { ROLES, pickRoles, type AuthSession, type Role } from './session';
export { useMe, type Me } from './useMe';
