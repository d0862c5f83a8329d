// Browser flow of the public portal and the staff inbox against the real Keycloak and backend: a
// citizen sends feedback on a phone without any account, an officer of Hạ Long signs in, finds it
// and answers it, and the citizen reads the answer by the tracking code.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_URL, assertAccessible, KEYCLOAK_URL, signIn, USERS, withPage } from './support.mjs';

const PHONE = { viewport: { width: 390, height: 844 } };
const TITLE = `E2E ${Date.now().toString(36)} - Chưa công khai dự toán đường thôn`;
const ANSWER = 'Ủy ban đã niêm yết dự toán tại nhà văn hóa khu 3 từ ngày hôm nay. <b>Cảm ơn</b> bạn.';

/** The page is no wider than the phone: nothing to scroll sideways. */
async function assertFitsThePhone(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page is ${width}px wide on a 390px phone`);
}

let trackingCode;

test('on a phone, an empty submit brings the first missing field into view and focuses it', async () => {
  await withPage(
    'citizen-empty-submit',
    async (page) => {
      await page.goto(`${APP_URL}/portal/feedback`);
      await page.getByRole('heading', { name: 'Gửi ý kiến, phản ánh, kiến nghị', level: 1 }).waitFor();
      // The note on complaints is one line until asked for more.
      const more = page.getByRole('button', { name: 'Xem thêm' });
      assert.equal(await page.getByText('Luật Khiếu nại và Luật Tố cáo', { exact: false }).count(), 0);
      await more.click();
      await page.getByText('Luật Khiếu nại và Luật Tố cáo', { exact: false }).waitFor();
      await assertAccessible(page, 'portal form');

      const submit = page.getByRole('button', { name: 'Gửi ý kiến' });
      await submit.scrollIntoViewIfNeeded();
      await submit.click();
      const unit = page.getByRole('combobox', { name: /Nơi bạn phản ánh/ });
      await page.waitForFunction(() => document.activeElement?.id === 'unitId');
      await page.waitForFunction(() => {
        const box = document.getElementById('unitId')?.getBoundingClientRect();
        return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
      });
      assert.ok(await unit.evaluate((element) => element === document.activeElement), 'the unit field has the focus');
      await page.locator('#unitId_help, .ant-form-item-explain-error').first().waitFor();
      await assertFitsThePhone(page);
    },
    PHONE,
  );
});

test('a citizen sends feedback on a phone without an account and tracks it by code', async () => {
  await withPage(
    'citizen-sends-feedback',
    async (page) => {
      await page.goto(`${APP_URL}/portal`);
      await page.getByRole('heading', { name: 'Tiếng nói của bạn được lắng nghe' }).waitFor();
      assert.ok(!page.url().startsWith(KEYCLOAK_URL), 'the portal must not ask anyone to sign in');
      await assertFitsThePhone(page);

      await page.getByRole('link', { name: 'Gửi ý kiến' }).first().click();
      await page.getByRole('heading', { name: 'Gửi ý kiến, phản ánh, kiến nghị' }).waitFor();
      await page.getByText('Khiếu nại, tố cáo không gửi tại đây').waitFor();

      await page.getByRole('combobox', { name: /Nơi bạn phản ánh/ }).fill('bach dang');
      await page.locator('.ant-select-item-option[title="Phường Bạch Đằng — Thành phố Hạ Long"]').click();
      await page.getByRole('combobox', { name: 'Quyền liên quan' }).click();
      await page.locator('.ant-select-item-option[title="Dân biết"]').click();
      await page.getByLabel('Tiêu đề').fill(TITLE);
      await page.getByLabel('Nội dung').fill('Đường thôn 3 đã làm xong nhưng chưa công khai dự toán và quyết toán.');
      await page.getByRole('switch', { name: /Gửi ẩn danh/ }).click();
      await assertFitsThePhone(page);
      await page.getByRole('button', { name: 'Gửi ý kiến' }).click();

      const code = page.getByTestId('tracking-code');
      await code.waitFor();
      trackingCode = (await code.innerText()).trim();
      assert.match(trackingCode, /^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
      await assertFitsThePhone(page);

      await page.getByRole('button', { name: 'Theo dõi ý kiến này' }).click();
      await page.waitForURL((url) => url.pathname.endsWith(`/portal/track/${trackingCode}`));
      await page.getByTestId('tracking-status').filter({ hasText: 'Chưa tiếp nhận' }).waitFor();
      await page.getByText(TITLE).waitFor();
    },
    PHONE,
  );
});

test('an officer of Hạ Long finds it in the inbox and answers it, published', async () => {
  assert.ok(trackingCode, 'the citizen test ran first');
  await withPage('officer-answers-feedback', async (page) => {
    await signIn(page, USERS.officerHaLong);
    await page.getByRole('menuitem', { name: 'Ý kiến, phản ánh' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/feedback'));
    await page.getByRole('searchbox').fill(TITLE.slice(0, 12));
    await page.getByRole('link', { name: TITLE }).click();

    await page.getByTestId('feedback-status').filter({ hasText: 'Chưa tiếp nhận' }).waitFor();
    await page.getByText(trackingCode).first().waitFor();
    await page.getByRole('button', { name: 'Bắt đầu xử lý' }).click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByTestId('feedback-status').filter({ hasText: 'Đang xử lý' }).waitFor();

    await page.getByRole('button', { name: 'Trả lời' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Trả lời' }).fill(ANSWER);
    await dialog.getByRole('button', { name: 'Trả lời' }).click();
    await page.getByTestId('feedback-status').filter({ hasText: 'Đã trả lời' }).waitFor();
    // The history reads in words: the answer is "Trả lời", never the code ANSWERED.
    await page.getByTestId('history-entry').filter({ hasText: 'Trả lời' }).first().waitFor();
    assert.equal(await page.getByText('ANSWERED', { exact: true }).count(), 0);
    // Officers never get the sender; this one was anonymous anyway.
    await page.getByText('Ẩn danh').waitFor();
  });
});

test('the citizen reads the answer by the tracking code and rates it once', async () => {
  assert.ok(trackingCode, 'the citizen test ran first');
  await withPage(
    'citizen-reads-answer',
    async (page) => {
      await page.goto(`${APP_URL}/portal/track`);
      await page.getByRole('searchbox').fill(trackingCode.toLowerCase().replace('-', ''));
      await page.getByRole('button', { name: 'Tra cứu' }).last().click();
      await page.getByTestId('tracking-status').filter({ hasText: 'Đã trả lời' }).waitFor();
      // Shown as text, markup and all.
      assert.equal((await page.getByTestId('tracking-answer').innerText()).trim(), ANSWER);
      await assertFitsThePhone(page);

      await page.locator('.ant-rate-star').nth(3).click();
      await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
      await page.getByText('Đánh giá của bạn: 4/5').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Gửi đánh giá' }).count(), 0);
    },
    PHONE,
  );
});
