import { describe, expect, it } from 'vitest';
import type { Regulation } from './types';
import { regulationActions } from './workflow';

describe('regulationActions', () => {
  it('maps the allowed wire names to the SPA verbs, in a stable order', () => {
    expect(regulationActions({ allowedActions: ['delete', 'issue', 'submit-for-consultation', 'update'] })).toEqual([
      'edit',
      'submitForConsultation',
      'issue',
      'delete',
    ]);
    expect(regulationActions({ allowedActions: ['update', 'issue', 'delete'] })).toEqual(['edit', 'issue', 'delete']);
  });

  it('offers a revision when the API allows it (a regulation in force, to a user who may draft)', () => {
    expect(regulationActions({ allowedActions: ['repeal', 'revise', 'update'] })).toEqual(['edit', 'revise', 'repeal']);
    expect(regulationActions({ allowedActions: ['update', 'repeal'] })).toEqual(['edit', 'repeal']);
  });

  it('offers nothing the API does not allow, nor names this SPA does not know', () => {
    expect(regulationActions({ allowedActions: [] })).toEqual([]);
    // A newer server's action, which this build's types do not list yet.
    const newer = ['archive'] as unknown as Regulation['allowedActions'];
    expect(regulationActions({ allowedActions: newer })).toEqual([]);
  });
});
