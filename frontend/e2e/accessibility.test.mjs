// axe-core (WCAG 2.2 A and AA) on the pages people use most: none may have a critical or serious
// violation. Staff pages as the admin (every button shows), then the public portal signed out, on
// a phone as citizens mostly use it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, APP_URL, assertAccessible, signIn, USERS, withPage } from './support.mjs';

const PHONE = { viewport: { width: 390, height: 844 } };

/** Runs one page's checks, keeping its failure to report every page's at the end. */
async function check(failures, name, body) {
  try {
    await body();
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
  }
}

/** Waits until nothing is loading: no spinner, no skeleton. */
async function settled(page) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning, .ant-skeleton')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
}

test('staff pages have no critical or serious accessibility violation', async () => {
  const token = await apiToken(USERS.admin);
  const inspections = await api(token, 'GET', '/inspections?size=1');
  const feedback = await api(token, 'GET', '/feedback?size=1');
  assert.ok(inspections.items.length > 0 && feedback.items.length > 0, 'the demo has inspections and feedback');

  const failures = [];
  await withPage('staff-accessibility', async (page) => {
    await signIn(page, USERS.admin, { landing: 'dashboard' });
    const pages = [
      ['dashboard', '/dashboard', 'Kết quả thực hiện dân chủ ở cơ sở'],
      ['units', '/units', null],
      ['party organisations', '/party-organizations', null],
      ['inspections plan', '/inspections', null],
      ['inspection page', `/inspections/${inspections.items[0].id}`, null],
      ['feedback inbox', '/feedback', null],
      ['feedback page', `/feedback/${feedback.items[0].id}`, null],
    ];
    for (const [name, path] of pages) {
      // The page being left keeps its heading until the next one renders, and the next one may show
      // a loading card without a heading first: mark the old headings, then wait for one new one.
      await page.evaluate(() => document.querySelectorAll('h1').forEach((h1) => h1.setAttribute('data-left', '')));
      // Through the router, as a user clicking would: a page load would sign in again.
      await page.evaluate((to) => {
        window.history.pushState({}, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await page.waitForURL((url) => url.pathname === path);
      await page.locator('h1:not([data-left])').first().waitFor();
      await settled(page);
      await page
        .waitForFunction(() => document.querySelectorAll('h1').length === 1, null, { timeout: 15_000 })
        .catch(() => {});
      await check(failures, name, async () => {
        assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${name}: one h1`);
        await assertAccessible(page, name);
      });
    }
  });
  assert.deepEqual(failures, [], failures.join('\n'));
});

test('portal pages have no critical or serious accessibility violation, on a phone', async () => {
  const token = await apiToken(USERS.admin);
  const [first] = (await api(token, 'GET', '/feedback?size=1')).items;
  const detail = await api(token, 'GET', `/feedback/${first.id}`);
  await withPage(
    'portal-accessibility',
    async (page) => {
      const pages = [
        ['portal home', '/portal'],
        ['portal form', '/portal/feedback'],
        ['portal tracking', `/portal/track/${detail.trackingCode}`],
        ['portal consultations', '/portal/consultations'],
      ];
      for (const [name, path] of pages) {
        await page.goto(`${APP_URL}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await settled(page);
        assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1, `${name}: one h1`);
        await assertAccessible(page, name);
      }
      // A consultation's result: the first concluded one.
      await page.locator('.ant-segmented-item-label', { hasText: 'Đã hết hạn góp ý' }).click();
      await page.locator('a[href*="/portal/consultations/"]').first().click();
      await page.getByText('Kết quả tiếp thu, giải trình').waitFor();
      await settled(page);
      await assertAccessible(page, 'consultation result');
    },
    PHONE,
  );
});
