import { describe, expect, it } from 'vitest';
import { regulationActions } from './workflow';

describe('regulationActions', () => {
  it('offers a draft consultation, issue, edit and delete', () => {
    expect(regulationActions({ status: 'DRAFTING', inForce: false }, true)).toEqual([
      'edit',
      'submitForConsultation',
      'issue',
      'delete',
    ]);
  });

  it('offers a draft in consultation issue, edit and delete, not a second consultation', () => {
    expect(regulationActions({ status: 'IN_CONSULTATION', inForce: false }, true)).toEqual(['edit', 'issue', 'delete']);
  });

  it('offers a regulation in force a revision and repeal, never delete or issue', () => {
    expect(regulationActions({ status: 'ISSUED', inForce: true }, true)).toEqual(['edit', 'revise', 'repeal']);
  });

  it('offers nothing for a revised or repealed regulation, which is history', () => {
    expect(regulationActions({ status: 'REVISED', inForce: false }, true)).toEqual([]);
    expect(regulationActions({ status: 'REPEALED', inForce: false }, true)).toEqual([]);
  });

  it('offers nothing to a user who may not write', () => {
    expect(regulationActions({ status: 'DRAFTING', inForce: false }, false)).toEqual([]);
    expect(regulationActions({ status: 'ISSUED', inForce: true }, false)).toEqual([]);
  });
});
