// Shared helpers of the browser tests: Debian's Chromium driven by playwright-core, signing in on
// the real Keycloak login page against the real backend.
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const APP_URL = (process.env.E2E_APP_URL ?? 'http://localhost:5174').replace(/\/$/, '');
export const API_URL = (process.env.E2E_API_URL ?? 'http://localhost:8082').replace(/\/$/, '');
export const KEYCLOAK_URL = (process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8181').replace(/\/$/, '');
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
/** Generous: the CI machine has two cores shared by Keycloak, the backend and MariaDB. */
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS ?? 30_000);
const RESULTS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');

export const USERS = {
  admin: { username: 'admin', password: 'admin' },
  officerBachDang: { username: 'officer.bachdang', password: 'officer' },
  officerHaLong: { username: 'officer.halong', password: 'officer' },
  viewer: { username: 'viewer', password: 'viewer' },
  inspector: { username: 'inspector', password: 'inspector' },
};

/**
 * Runs `body(page)` in a fresh browser profile (so every test signs in anew), at a desktop size
 * unless a `viewport` is given (a phone: 390 × 844), and, when it fails,
 * saves a screenshot and the page's console errors into test-results/ before rethrowing.
 */
export async function withPage(name, body, { viewport = { width: 1440, height: 900 } } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'coso-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'vi-VN',
    // The users' clock: "today" in the SPA is the province's day, as on the server (AppClock), also
    // when the machine running the tests is between 17:00 and 24:00 UTC.
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT * 2);
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  // The failing request itself, not only the browser's "Failed to load resource".
  page.on('response', (response) => {
    if (response.status() >= 400) {
      consoleErrors.push(`${response.request().method()} ${response.url()} → ${response.status()}`);
    }
  });
  try {
    await body(page);
    // The app is served with the production CSP (vite.config.ts): a refused script, style or call fails the test.
    const refused = consoleErrors.filter((text) => text.includes('Content Security Policy'));
    if (refused.length > 0) throw new Error(`blocked by the Content-Security-Policy:\n  ${refused.join('\n  ')}`);
  } catch (error) {
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = join(RESULTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => {});
    console.error(`screenshot: ${file}\nurl: ${page.url()}`);
    if (consoleErrors.length > 0) console.error(`browser console errors:\n  ${consoleErrors.join('\n  ')}`);
    throw error;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * Opens the app, which sends a signed-out visitor to Keycloak, and signs in there. The app starts
 * on the dashboard; `landing: 'units'` then goes on to the units page through the side menu.
 */
export async function signIn(page, { username, password }, { landing = 'units' } = {}) {
  await page.goto(`${APP_URL}/`);
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_URL), { timeout: TIMEOUT * 2 });
  // Coso's login theme (keycloak/themes/coso), not Keycloak's stock page.
  await page.locator('#coso-footer').waitFor();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(`${APP_URL}/dashboard`), { timeout: TIMEOUT * 2 });
  if (landing === 'units') {
    // The item's name starts with its icon's label ("apartment Đơn vị").
    await page.getByRole('menuitem', { name: /Đơn vị$/ }).click();
    await page.waitForURL((url) => url.href.startsWith(`${APP_URL}/units`));
  }
}

/**
 * Opens the select `combobox` (a locator) and picks the option titled `title`. A list that reloads
 * behind the select can re-render it and close the dropdown under the pointer: then it tries again.
 */
export async function chooseOption(page, combobox, title, attempts = 3) {
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`);
  for (let attempt = 1; ; attempt++) {
    try {
      await combobox.click();
      await option.click({ timeout: TIMEOUT / 3 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

export function tree(page) {
  return page.getByRole('tree');
}

function exactly(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The table row of the unit named `name` (by its name cell; other cells may mention it as parent). */
export function unitRow(page, name) {
  return page
    .locator('.ant-table-tbody tr.ant-table-row')
    .filter({ has: page.locator('strong', { hasText: exactly(name) }) });
}

/** The names in the table's name column. */
export async function unitNames(page) {
  return page.locator('.ant-table-tbody tr.ant-table-row strong').allInnerTexts();
}

/** The form item (label, input and messages) whose label is `label`, inside the open drawer. */
export function formItem(page, label) {
  return page.locator('.ant-drawer-open .ant-form-item').filter({ has: page.locator(`label:text-is("${label}")`) });
}

/** A code no other run used, within the 64 characters a code may have. */
export function uniqueCode() {
  return `E2E-${Date.now().toString(36).toUpperCase()}`;
}

/** An access token from the dev/test client `coso-cli` (direct access grants), for API set-up. */
export async function apiToken({ username, password }) {
  const response = await fetch(`${KEYCLOAK_URL}/realms/coso/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', client_id: 'coso-cli', username, password }),
  });
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

/** Calls the API directly, as another user working at the same time would. */
export async function api(token, method, path, body) {
  const response = await fetch(`${API_URL}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

const require = createRequire(import.meta.url);
let axeSource;

/** The WCAG 2.2 A and AA rules of axe-core. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page as it is now and fails on any critical or serious violation, naming
 * each rule and the first elements it concerns. axe is evaluated through the DevTools protocol,
 * which the app's CSP (script-src 'self') does not govern.
 */
export async function assertAccessible(page, name) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const { violations } = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  const grave = violations.filter((violation) => violation.impact === 'critical' || violation.impact === 'serious');
  if (grave.length > 0) {
    const lines = grave.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n      ` +
        violation.nodes
          .slice(0, 4)
          .map(
            (node) =>
              `${node.target.join(' ')}${node.failureSummary ? ` — ${node.failureSummary.split('\n').slice(1, 2).join(' ').trim()}` : ''}`,
          )
          .join('\n      '),
    );
    throw new Error(`axe-core on ${name}: ${grave.length} critical or serious violation(s)\n  ${lines.join('\n  ')}`);
  }
}
