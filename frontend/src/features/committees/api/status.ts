import type { TargetStatus } from './types';

/** The colour of a target's status tag: the server computes the status, the SPA only draws it. */
export function targetStatusColor(status: TargetStatus): string {
  switch (status) {
    case 'MET':
      return 'green';
    case 'ON_TRACK':
      return 'blue';
    case 'AT_RISK':
      return 'orange';
    case 'MISSED':
      return 'red';
  }
}
