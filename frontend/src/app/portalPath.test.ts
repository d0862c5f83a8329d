import { describe, expect, it } from 'vitest';
import { isPortalPath } from './portalPath';

describe('isPortalPath', () => {
  it('knows the public portal by its first path segment, under any base', () => {
    expect(isPortalPath('/portal', '/')).toBe(true);
    expect(isPortalPath('/portal/track/K7M2Q-X9P4T', '/')).toBe(true);
    expect(isPortalPath('/coso/portal/feedback', '/coso/')).toBe(true);
  });

  it('leaves every staff page to the signed-in app', () => {
    expect(isPortalPath('/', '/')).toBe(false);
    expect(isPortalPath('/feedback/12', '/')).toBe(false);
    expect(isPortalPath('/portals', '/')).toBe(false);
    expect(isPortalPath('/portal', '/coso/')).toBe(true);
    expect(isPortalPath('/coso/units', '/coso/')).toBe(false);
  });
});
