import type { Role } from './session';

/** Who may create, edit and delete units; the server checks scope, the UI only hides what cannot work. */
const UNIT_WRITERS: readonly Role[] = ['admin', 'officer'];

export function canWriteUnits(roles: readonly Role[]): boolean {
  return roles.some((role) => UNIT_WRITERS.includes(role));
}

export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return wanted.length === 0 || roles.some((role) => wanted.includes(role));
}

/** Who may create and edit party organisations. */
const PARTY_ORGANIZATION_WRITERS: readonly Role[] = ['admin', 'officer'];

export function canWritePartyOrganizations(roles: readonly Role[]): boolean {
  return roles.some((role) => PARTY_ORGANIZATION_WRITERS.includes(role));
}

/** Who may plan, run and conclude inspections and record disciplinary actions. */
const INSPECTION_WRITERS: readonly Role[] = ['admin', 'inspector'];

export function canWriteInspections(roles: readonly Role[]): boolean {
  return roles.some((role) => INSPECTION_WRITERS.includes(role));
}

/** Who may record trainings, conferences, directive documents and model practices. */
const REGISTER_WRITERS: readonly Role[] = ['admin', 'officer'];

export function canWriteRegisters(roles: readonly Role[]): boolean {
  return roles.some((role) => REGISTER_WRITERS.includes(role));
}

/** Party members are personal data: only these roles read or write them (PRODUCT.md). */
export const PARTY_MEMBER_ROLES: readonly Role[] = ['admin', 'inspector'];

/** Who may handle feedback and consultations (record, assign, answer, publish); viewers and inspectors only read. */
const FEEDBACK_HANDLERS: readonly Role[] = ['admin', 'officer'];

export function canHandleFeedback(roles: readonly Role[]): boolean {
  return roles.some((role) => FEEDBACK_HANDLERS.includes(role));
}
