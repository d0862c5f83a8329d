// The browser rules the app is served with (docker/csp.txt through vite.config.ts, as nginx sends
// them in production), and the API's own headers. Every other browser test runs under this CSP and
// fails on any violation (support.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { API_URL, APP_URL, KEYCLOAK_URL, signIn, USERS, withPage } from './support.mjs';

test('the app is served with a CSP that allows only itself, the API and Keycloak', async () => {
  const response = await fetch(`${APP_URL}/`);
  assert.equal(response.status, 200);
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  const connect =
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('connect-src')) ?? '';
  assert.ok(connect.includes(new URL(API_URL).origin), connect);
  assert.ok(connect.includes(new URL(KEYCLOAK_URL).origin), connect);
  assert.equal(response.headers.get('x-frame-options'), 'DENY');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.ok(response.headers.get('referrer-policy'));
});

test('the API answers with nosniff, a frame-denying CSP and no-store', async () => {
  const response = await fetch(`${API_URL}/api/v1/units`);
  assert.equal(response.status, 401);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.match(response.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  assert.equal(response.headers.get('cache-control'), 'no-store');
});

test('signing in and opening the dashboard break no rule of the CSP', async () => {
  await withPage('csp-sign-in', async (page) => {
    await signIn(page, USERS.viewer, { landing: 'dashboard' });
    await page.getByRole('heading').first().waitFor();
  });
});
