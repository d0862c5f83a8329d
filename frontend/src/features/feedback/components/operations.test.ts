import { describe, expect, it } from 'vitest';
import { offeredOperations } from './operations';

describe('offeredOperations', () => {
  it('offers exactly the allowed actions, in a stable order', () => {
    expect(offeredOperations({ allowedActions: ['priority', 'reject', 'assign', 'start'] })).toEqual([
      'start',
      'assign',
      'reject',
      'priority',
    ]);
    expect(offeredOperations({ allowedActions: ['reopen', 'close'] })).toEqual(['close', 'reopen']);
  });

  it('offers nothing when nothing is allowed, and ignores names it does not know', () => {
    expect(offeredOperations({ allowedActions: [] })).toEqual([]);
    expect(offeredOperations({ allowedActions: ['archive'] })).toEqual([]);
  });
});
