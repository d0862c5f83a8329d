import { describe, expect, it } from 'vitest';
import type { Feedback } from '../api';
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
    // A newer server's action, which this build's types do not list yet.
    const newer = ['archive'] as unknown as Feedback['allowedActions'];
    expect(offeredOperations({ allowedActions: newer })).toEqual([]);
  });
});
