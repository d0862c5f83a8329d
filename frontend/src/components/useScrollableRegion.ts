import { useEffect, useRef } from 'react';

/**
 * For a table that scrolls sideways on narrow screens (`scroll={{ x: 'max-content' }}`): put the returned
 * ref on a frame around it, and its scroll area is reachable by keyboard and named for screen readers.
 */
export function useScrollableRegion<T extends HTMLElement = HTMLDivElement>(label: string) {
  const frame = useRef<T>(null);
  useEffect(() => {
    frame.current?.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body').forEach((region) => {
      region.tabIndex = 0;
      region.setAttribute('role', 'region');
      region.setAttribute('aria-label', label);
    });
  });
  return frame;
}
