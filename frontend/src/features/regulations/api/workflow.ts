import type { components } from '@/api';
import type { Regulation } from './types';

/** What may be done to a regulation: the SPA's verbs for the buttons it offers. */
export type RegulationAction = 'edit' | 'submitForConsultation' | 'issue' | 'revise' | 'repeal' | 'delete';

/** The API's wire names (RegulationActions), as the contract lists them. */
type WireName = components['schemas']['RegulationAction'];

/** The API's wire names for the SPA's verbs, in the order the buttons are offered. */
const WIRE_NAMES: readonly (readonly [RegulationAction, WireName])[] = [
  ['edit', 'update'],
  ['submitForConsultation', 'submit-for-consultation'],
  ['issue', 'issue'],
  ['revise', 'revise'],
  ['repeal', 'repeal'],
  ['delete', 'delete'],
];

/**
 * The operations the API says the caller may perform on this regulation now (`allowedActions`),
 * a revision of one in force (`POST /regulations/{id}/revise`) included.
 */
export function regulationActions(regulation: Pick<Regulation, 'allowedActions'>): RegulationAction[] {
  return WIRE_NAMES.filter(([, wire]) => regulation.allowedActions.includes(wire)).map(([verb]) => verb);
}
