// Browser flow of a notification: a citizen sends feedback about Phường Bạch Đằng from the portal,
// and the ward's officer, signed in, sees it at the bell, opens it from the notifications page and
// lands on the feedback; the notification is then read.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_URL, signIn, TIMEOUT, USERS, withPage } from './support.mjs';

const TITLE = `E2E ${Date.now().toString(36)} - Loa truyền thanh khu 5 không hoạt động`;

let trackingCode;

test('a citizen sends feedback about Phường Bạch Đằng from the portal', async () => {
  await withPage('notification-citizen-sends', async (page) => {
    await page.goto(`${APP_URL}/portal/feedback`);
    await page.getByRole('heading', { name: 'Gửi ý kiến, phản ánh, kiến nghị' }).waitFor();
    await page.getByRole('combobox', { name: /Nơi bạn phản ánh/ }).fill('bach dang');
    await page.locator('.ant-select-item-option[title="Phường Bạch Đằng — Thành phố Hạ Long"]').click();
    await page.getByRole('combobox', { name: 'Quyền liên quan' }).click();
    await page.locator('.ant-select-item-option[title="Dân biết"]').click();
    await page.getByLabel('Tiêu đề').fill(TITLE);
    await page
      .getByLabel('Nội dung')
      .fill('Loa truyền thanh khu 5 hỏng hai tuần, người dân không nghe được thông báo.');
    await page.getByRole('switch', { name: /Gửi ẩn danh/ }).click();
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    const code = page.getByTestId('tracking-code');
    await code.waitFor();
    trackingCode = (await code.innerText()).trim();
    assert.match(trackingCode, /^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
  });
});

test("the ward's officer sees it at the bell and opens it from the notification", async () => {
  assert.ok(trackingCode, 'the citizen test ran first');
  await withPage('notification-officer-bell', async (page) => {
    await signIn(page, USERS.officerBachDang, { landing: 'dashboard' });
    const bell = page.getByTestId('notification-bell');
    await bell.waitFor();
    // The officers are found through the staff directory, which the backend copies from Keycloak
    // shortly after it starts: until then, reload (the bell also polls every 30 s).
    const expected = `Ý kiến mới ${trackingCode} về Phường Bạch Đằng`;
    const deadline = Date.now() + TIMEOUT * 4;
    for (;;) {
      await bell.click();
      await page.waitForURL((url) => url.pathname === '/notifications');
      const found = await page
        .getByRole('link', { name: expected })
        .or(page.getByText(expected))
        .first()
        .waitFor({ timeout: TIMEOUT / 3 })
        .then(() => true)
        .catch(() => false);
      if (found) break;
      assert.ok(Date.now() < deadline, `no notification "${expected}" for ${USERS.officerBachDang.username}`);
      await page.reload();
    }
    const unread = Number(await bell.getAttribute('data-unread'));
    assert.ok(unread >= 1, `the bell counts ${unread} unread`);
    const item = page.getByTestId('notification-item').filter({ hasText: expected });
    assert.equal(await item.getAttribute('data-read'), 'false');

    await item.getByText(expected).click();
    await page.waitForURL((url) => /\/feedback\/\d+$/.test(url.pathname));
    await page.getByText(trackingCode).first().waitFor();
    await page.getByText(TITLE).first().waitFor();

    await bell.click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    await page
      .getByTestId('notification-item')
      .filter({ hasText: expected })
      .and(page.locator('[data-read="true"]'))
      .waitFor();
  });
});
