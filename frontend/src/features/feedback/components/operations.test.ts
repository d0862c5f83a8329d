import { describe, expect, it } from 'vitest';
import { legalOperations } from './operations';

describe('legalOperations', () => {
  it('offers an officer what the workflow allows in each status', () => {
    const officer = ['officer'] as const;
    expect(legalOperations({ status: 'RECEIVED', rating: null }, officer)).toEqual([
      'start',
      'assign',
      'reject',
      'priority',
    ]);
    expect(legalOperations({ status: 'ASSIGNED', rating: null }, officer)).toEqual([
      'start',
      'assign',
      'reject',
      'priority',
    ]);
    expect(legalOperations({ status: 'IN_PROGRESS', rating: null }, officer)).toEqual([
      'assign',
      'answer',
      'reject',
      'priority',
    ]);
    expect(legalOperations({ status: 'ANSWERED', rating: null }, officer)).toEqual(['close']);
    expect(legalOperations({ status: 'CLOSED', rating: 4 }, officer)).toEqual([]);
    expect(legalOperations({ status: 'REJECTED', rating: null }, officer)).toEqual([]);
  });

  it('lets an officer reopen only after a low rating, an admin always', () => {
    expect(legalOperations({ status: 'CLOSED', rating: 2 }, ['officer'])).toEqual(['reopen']);
    expect(legalOperations({ status: 'ANSWERED', rating: 1 }, ['officer'])).toEqual(['close', 'reopen']);
    expect(legalOperations({ status: 'CLOSED', rating: 5 }, ['admin'])).toEqual(['reopen']);
    expect(legalOperations({ status: 'REJECTED', rating: null }, ['admin'])).toEqual(['reopen']);
  });

  it('offers nothing to those who only read', () => {
    expect(legalOperations({ status: 'RECEIVED', rating: null }, ['viewer'])).toEqual([]);
    expect(legalOperations({ status: 'IN_PROGRESS', rating: null }, ['inspector'])).toEqual([]);
  });
});
