// Browser flow of the Staff page against the real Keycloak and backend: the secretariat creates an
// officer for Phường Bạch Đằng (06694), who then signs in for the first time and must choose a password.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_URL, formItem, KEYCLOAK_URL, signIn, TIMEOUT, unitNames, unitRow, USERS, withPage } from './support.mjs';

test('admin creates an officer on the Staff page, who signs in, chooses a password and sees their commune', async () => {
  const username = `e2e.${Date.now().toString(36)}`;
  const temporaryPassword = 'Tạm-thời-2025!';
  const ownPassword = 'Mật-khẩu-riêng-2025';

  await withPage('staff-create-officer', async (page) => {
    await signIn(page, USERS.admin);
    await page.getByRole('menuitem', { name: 'Cán bộ, tài khoản' }).click();
    await page.getByRole('heading', { name: 'Cán bộ và tài khoản' }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: 'officer.bachdang' }).waitFor();

    await page.getByRole('button', { name: 'Thêm tài khoản' }).click();
    await page.getByText('Thêm tài khoản mới').waitFor();
    await formItem(page, 'Tên đăng nhập').locator('input').fill(username);
    await formItem(page, 'Họ và tên đệm').locator('input').fill('Nguyễn Văn');
    await formItem(page, 'Tên').locator('input').fill('Thử');
    await formItem(page, 'Email').locator('input').fill(`${username}@quangninh.test`);
    await formItem(page, 'Vai trò').getByText('Cán bộ đơn vị').waitFor();
    await formItem(page, 'Đơn vị công tác').locator('.ant-select').click();
    await page.keyboard.type('bach dang');
    await page.locator('.ant-select-tree-node-content-wrapper[title="Phường Bạch Đằng (06694)"]').click();

    // A password the realm's policy refuses: the server says why, nothing is created.
    await formItem(page, 'Mật khẩu tạm thời').locator('input').fill('ngan');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.locator('.ant-drawer-open [role=alert]').waitFor();

    await formItem(page, 'Mật khẩu tạm thời').locator('input').fill(temporaryPassword);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã tạo tài khoản ${username}`).waitFor();
    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: username });
    await row.getByText('Phường Bạch Đằng').waitFor();
    await row.getByText('Chờ đổi mật khẩu').waitFor();

    await page.getByRole('tab', { name: 'Nhật ký thay đổi' }).click();
    const audit = page.getByRole('tabpanel', { name: 'Nhật ký thay đổi' });
    await audit.locator('tr', { hasText: username }).getByText('Tạo mới').waitFor();
    // Field names in words: the unit is "Đơn vị", never the field name unitCode.
    await audit.getByText('Đơn vị', { exact: true }).first().waitFor();
    assert.equal(await audit.getByText('unitCode', { exact: true }).count(), 0);
  });

  await withPage('staff-first-sign-in', async (page) => {
    await page.goto(`${APP_URL}/`);
    await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_URL), { timeout: TIMEOUT * 2 });
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(temporaryPassword);
    await page.locator('#kc-login').click();

    // Keycloak asks for a new password before it lets the person in.
    await page.locator('#password-new').fill(ownPassword);
    await page.locator('#password-confirm').fill(ownPassword);
    await page.locator('[type=submit]').first().click();
    // The app starts on the dashboard; the units page is one click away.
    await page.waitForURL((url) => url.href.startsWith(`${APP_URL}/dashboard`), { timeout: TIMEOUT * 2 });
    await page.getByRole('menuitem', { name: /Đơn vị$/ }).click();
    await page.waitForURL((url) => url.href.startsWith(`${APP_URL}/units`));

    await page.getByTestId('current-user').getByText('Phường Bạch Đằng').waitFor();
    await unitRow(page, 'Phường Bạch Đằng').waitFor();
    const names = await unitNames(page);
    for (const outside of ['Tỉnh Quảng Ninh', 'Thành phố Hạ Long', 'Thành phố Móng Cái']) {
      assert.ok(!names.includes(outside), `${outside} must not be listed for the new officer`);
    }
    // An officer has no Staff entry to change accounts from, only to read its own units' accounts.
    await page.getByRole('menuitem', { name: 'Cán bộ, tài khoản' }).click();
    await page.getByText('chỉ quản trị viên mới thay đổi được', { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Thêm tài khoản' }).count(), 0);
  });
});
