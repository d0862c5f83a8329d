export { AuthProvider, useAuth } from './AuthContext';
export {
  canHandleFeedback,
  canWriteInspections,
  canWritePartyOrganizations,
  canWriteRegisters,
  canWriteUnits,
  hasAnyRole,
  PARTY_MEMBER_ROLES,
} from './permissions';
export { ROLES, pickRoles, signedOutSession, type AuthSession, type Role } from './session';
export { useMe, type Me } from './useMe';
