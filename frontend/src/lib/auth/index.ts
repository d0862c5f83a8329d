export { AuthProvider, useAuth } from './AuthContext';
export { canWriteInspections, canWritePartyOrganizations, canWriteUnits, hasAnyRole } from './permissions';
export { ROLES, pickRoles, type AuthSession, type Role } from './session';
export { useMe, type Me } from './useMe';
