import { describe, expect, it } from 'vitest';
import { legalOperations } from './operations';

describe('legalOperations', () => {
  it('offers an officer what the workflow allows in each status', () => {
    const officer = ['officer'] as const;
    expect(legalOperations({ status: 'RECEIVED' }, officer)).toEqual(['start', 'assign', 'reject', 'priority']);
    expect(legalOperations({ status: 'ASSIGNED' }, officer)).toEqual(['start', 'assign', 'reject', 'priority']);
    expect(legalOperations({ status: 'IN_PROGRESS' }, officer)).toEqual(['assign', 'answer', 'reject', 'priority']);
    expect(legalOperations({ status: 'ANSWERED', rating: null }, officer)).toEqual(['close']);
    expect(legalOperations({ status: 'CLOSED', rating: 4 }, officer)).toEqual([]);
    expect(legalOperations({ status: 'REJECTED' }, officer)).toEqual([]);
  });

  it('lets an officer reopen only after a low rating, an admin always', () => {
    expect(legalOperations({ status: 'CLOSED', rating: 2 }, ['officer'])).toEqual(['reopen']);
    expect(legalOperations({ status: 'ANSWERED', rating: 1 }, ['officer'])).toEqual(['close', 'reopen']);
    expect(legalOperations({ status: 'CLOSED', rating: 5 }, ['admin'])).toEqual(['reopen']);
    expect(legalOperations({ status: 'REJECTED' }, ['admin'])).toEqual(['reopen']);
  });

  it('offers nothing to those who only read', () => {
    expect(legalOperations({ status: 'RECEIVED' }, ['viewer'])).toEqual([]);
    expect(legalOperations({ status: 'IN_PROGRESS' }, ['inspector'])).toEqual([]);
  });
});
