// Browser flow of consultations against the real Keycloak and backend: officer.halong publishes a
// draft of a Hạ Long ward, a citizen on a phone comments on it without an account, and reads the
// result of a closed demo consultation, every comment with its answer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, APP_URL, signIn, USERS, withPage } from './support.mjs';

const PHONE = { viewport: { width: 390, height: 844 } };
const TITLE = `E2E ${Date.now().toString(36)} - Dự thảo nội quy nhà văn hóa`;

/** A day in Vietnam's calendar, `days` from today, as the API takes dates. */
function vietnamDay(days) {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
}

let consultationId;

test('officer.halong publishes a draft of a ward in Hạ Long', async () => {
  const token = await apiToken(USERS.officerHaLong);
  const units = await api(token, 'GET', '/units?q=06694');
  const ward = units.items.find((unit) => unit.code === '06694');
  assert.ok(ward, 'Phường Bạch Đằng is in the demo data');
  const draft = await api(token, 'POST', '/consultations', {
    unitId: ward.id,
    kind: 'RULE',
    title: TITLE,
    text: 'Điều 1. Nhà văn hóa mở cửa từ 7 giờ đến 21 giờ.\nĐiều 2. Giữ trật tự, vệ sinh chung.',
    opensOn: vietnamDay(0),
    closesOn: vietnamDay(10),
  });
  consultationId = draft.id;

  await withPage('officer-publishes-consultation', async (page) => {
    await signIn(page, USERS.officerHaLong);
    await page.getByRole('menuitem', { name: 'Lấy ý kiến dự thảo' }).click();
    await page.getByRole('searchbox').fill(TITLE.slice(0, 12));
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByTestId('consultation-status').filter({ hasText: 'Bản nháp' }).waitFor();
    await page.getByRole('button', { name: 'Công bố lấy ý kiến' }).click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByTestId('consultation-status').filter({ hasText: 'Đã công bố' }).waitFor();
  });
});

test('a citizen on a phone comments on the open draft without an account', async () => {
  assert.ok(consultationId, 'the officer test ran first');
  await withPage(
    'citizen-comments',
    async (page) => {
      await page.goto(`${APP_URL}/portal/consultations`);
      await page.getByRole('link', { name: TITLE }).click();
      await page.getByText('Điều 2. Giữ trật tự, vệ sinh chung.', { exact: false }).waitFor();
      await page.getByLabel('Nội dung góp ý').fill('Đề nghị mở cửa đến 22 giờ vào cuối tuần.');
      await page.getByRole('button', { name: 'Gửi góp ý' }).click();
      await page.getByText(/Đã nhận góp ý/).waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `the page is ${width}px wide on a 390px phone`);
    },
    PHONE,
  );
});

test('a citizen reads the result of a closed consultation: every comment and its answer', async () => {
  await withPage(
    'citizen-reads-result',
    async (page) => {
      await page.goto(`${APP_URL}/portal/consultations`);
      await page.locator('.ant-segmented-item-label', { hasText: 'Đã hết hạn góp ý' }).click();
      await page.getByRole('link', { name: 'Dự thảo Hương ước tổ dân phố 1 phường Bạch Đằng (sửa đổi)' }).click();
      await page.getByText('Kết quả tiếp thu, giải trình').waitFor();
      await page.getByText('Tiếp thu, bổ sung vào Điều 1.').waitFor();
      await page.getByText('Đơn vị chưa trả lời ý kiến này').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Gửi góp ý' }).count(), 0);
    },
    PHONE,
  );
});
