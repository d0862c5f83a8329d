import type { Regulation } from './types';

/** What may be done to a regulation: the SPA's verbs for the buttons it offers. */
export type RegulationAction = 'edit' | 'submitForConsultation' | 'issue' | 'revise' | 'repeal' | 'delete';

/** The API's wire names (RegulationActions) for the SPA's verbs, in the order the buttons are offered. */
const WIRE_NAMES: readonly (readonly [RegulationAction, string])[] = [
  ['edit', 'update'],
  ['submitForConsultation', 'submit-for-consultation'],
  ['issue', 'issue'],
  ['repeal', 'repeal'],
  ['delete', 'delete'],
];

/**
 * The operations the API says the caller may perform on this regulation now (`allowedActions`).
 * A revision is not an operation on the record but a new draft replacing it: it is offered for a
 * regulation in force to a user who may draft regulations (`canDraft`), and the server judges the
 * draft when it is created.
 */
export function regulationActions(
  regulation: Pick<Regulation, 'allowedActions' | 'inForce'>,
  canDraft: boolean,
): RegulationAction[] {
  const actions = WIRE_NAMES.filter(([, wire]) => regulation.allowedActions.includes(wire)).map(([verb]) => verb);
  if (canDraft && regulation.inForce) {
    actions.splice(actions.indexOf('repeal') === -1 ? actions.length : actions.indexOf('repeal'), 0, 'revise');
  }
  return actions;
}
