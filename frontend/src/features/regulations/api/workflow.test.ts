import { describe, expect, it } from 'vitest';
import { regulationActions } from './workflow';

describe('regulationActions', () => {
  it('maps the allowed wire names to the SPA verbs, in a stable order', () => {
    expect(
      regulationActions(
        { allowedActions: ['delete', 'issue', 'submit-for-consultation', 'update'], inForce: false },
        true,
      ),
    ).toEqual(['edit', 'submitForConsultation', 'issue', 'delete']);
    expect(regulationActions({ allowedActions: ['update', 'issue', 'delete'], inForce: false }, true)).toEqual([
      'edit',
      'issue',
      'delete',
    ]);
  });

  it('offers a regulation in force a revision beside what the API allows, to a user who may draft', () => {
    expect(regulationActions({ allowedActions: ['update', 'repeal'], inForce: true }, true)).toEqual([
      'edit',
      'revise',
      'repeal',
    ]);
    expect(regulationActions({ allowedActions: [], inForce: true }, false)).toEqual([]);
  });

  it('offers nothing the API does not allow', () => {
    expect(regulationActions({ allowedActions: [], inForce: false }, true)).toEqual([]);
    expect(regulationActions({ allowedActions: ['archive'], inForce: false }, true)).toEqual([]);
  });
});
