import type { UnitLineageEvent } from '../api';

export type LineageDirection = 'from' | 'into' | 'self';

/** One event as the unit's page tells it: which way it goes and the other unit it names. */
export interface LineageLine {
  direction: LineageDirection;
  event: UnitLineageEvent;
  other: UnitLineageEvent['from'];
}

/**
 * Sorts a unit's lineage into where it came from (the other unit is the event's origin), where it went
 * (the other unit is the destination) and what happened to the unit itself (renamed, re-typed, moved,
 * established or dissolved with no other unit).
 */
export function lineageLines(unitId: number, events: readonly UnitLineageEvent[]): LineageLine[] {
  return events.map((event) => {
    const fromId = event.from?.id;
    const toId = event.to?.id;
    if (fromId === unitId && toId !== undefined && toId !== unitId) {
      return { direction: 'into', event, other: event.to };
    }
    if (toId === unitId && fromId !== undefined && fromId !== unitId) {
      return { direction: 'from', event, other: event.from };
    }
    return { direction: 'self', event, other: null };
  });
}
