import type { Regulation } from './types';

/** What may be done to a regulation, as the backend's workflow allows it. */
export type RegulationAction = 'edit' | 'submitForConsultation' | 'issue' | 'revise' | 'repeal' | 'delete';

/**
 * The operations legal for a regulation's status, for a user who may write regulations: a draft is
 * put out for consultation, issued or deleted; one in force is revised (a new draft replacing it)
 * or repealed; a revised or repealed one is history. The server decides in the end (409 otherwise).
 */
export function regulationActions(
  regulation: Pick<Regulation, 'status' | 'inForce'>,
  canWrite: boolean,
): RegulationAction[] {
  if (!canWrite) {
    return [];
  }
  switch (regulation.status) {
    case 'DRAFTING':
      return ['edit', 'submitForConsultation', 'issue', 'delete'];
    case 'IN_CONSULTATION':
      return ['edit', 'issue', 'delete'];
    case 'ISSUED':
      return regulation.inForce ? ['edit', 'revise', 'repeal'] : ['edit', 'repeal'];
    default:
      return [];
  }
}
