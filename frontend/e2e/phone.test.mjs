// A commune officer works from a phone: at 390 px the menu is a drawer, the inbox and a feedback fit
// the screen, and the feedback's history reads in words, in Vietnamese and in English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, signIn, USERS, withPage } from './support.mjs';

const PHONE = { viewport: { width: 390, height: 844 } };
const TITLE = `E2E ${Date.now().toString(36)} - Đèn đường khu 4 không sáng`;

/** The page is no wider than the phone: nothing to scroll sideways but the tables themselves. */
async function assertFitsThePhone(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is ${width}px wide on a 390px phone`);
}

/** The history's text, entry by entry, once the entry `words` is there. */
async function historyText(page, words) {
  await page.getByTestId('history-entry').filter({ hasText: words }).first().waitFor();
  return (await page.getByTestId('history-entry').allInnerTexts()).join('\n');
}

test('a commune officer on a phone opens the menu drawer, reaches the inbox and a feedback whose history reads in words', async () => {
  // A feedback of the officer's commune, acknowledged: its history has a status change.
  const token = await apiToken(USERS.officerBachDang);
  const me = await api(token, 'GET', '/me');
  const created = await api(token, 'POST', '/feedback', {
    unitId: me.unit.id,
    right: 'SUPERVISE',
    title: TITLE,
    text: 'Ba cột đèn đường ở khu 4 không sáng từ tuần trước.',
  });
  await api(token, 'POST', `/feedback/${created.id}/start`, { version: created.version });

  await withPage(
    'officer-on-a-phone',
    async (page) => {
      await signIn(page, USERS.officerBachDang, { landing: 'dashboard' });
      // No side menu on a phone: it waits in a drawer behind the header's button.
      assert.equal(await page.getByRole('menuitem', { name: /Ý kiến, phản ánh$/ }).count(), 0);
      await assertFitsThePhone(page);

      await page.getByRole('button', { name: 'Mở menu' }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByTestId('current-user').waitFor();
      await drawer.getByRole('menuitem', { name: /Ý kiến, phản ánh$/ }).click();
      await page.waitForURL((url) => url.pathname.endsWith('/feedback'));
      await drawer.waitFor({ state: 'hidden' });

      await page.getByRole('searchbox', { name: /Tìm/ }).fill(TITLE);
      await page.waitForURL((url) => url.searchParams.get('q') === TITLE);
      const link = page.locator('.ant-table-tbody tr.ant-table-row a', { hasText: TITLE });
      await link.waitFor();
      await assertFitsThePhone(page);

      await link.click();
      await page.waitForURL((url) => url.pathname.endsWith(`/feedback/${created.id}`));
      const vi = await historyText(page, 'Tiếp nhận, bắt đầu xử lý');
      assert.match(vi, /Trạng thái: Chưa tiếp nhận → Đang xử lý/);
      assert.match(vi, /Cán bộ ghi nhận/);
      assert.doesNotMatch(vi, /RECEIVED|IN_PROGRESS|STARTED|acknowledgeDueAt|T\d\d:\d\d:\d\dZ/);
      await assertFitsThePhone(page);

      await page.getByRole('button', { name: 'EN', exact: true }).click();
      const en = await historyText(page, 'Acknowledged, handling started');
      assert.match(en, /Status: Not yet acknowledged → In progress/);
      assert.match(en, /Recorded by staff/);
      assert.doesNotMatch(en, /RECEIVED|IN_PROGRESS|STARTED|acknowledgeDueAt|T\d\d:\d\d:\d\dZ/);
      await assertFitsThePhone(page);
    },
    PHONE,
  );
});
