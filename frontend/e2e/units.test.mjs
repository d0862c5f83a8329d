// Browser flows of the Units page against the real Keycloak and backend with the Quảng Ninh demo
// data: province 22, Hạ Long 193, Phường Bạch Đằng 06694 under Hạ Long, Móng Cái 194.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, formItem, signIn, tree, uniqueCode, unitNames, unitRow, USERS, withPage } from './support.mjs';

test('admin searches, creates, edits and deletes a unit under Phường Bạch Đằng', async () => {
  await withPage('admin-unit-lifecycle', async (page) => {
    await signIn(page, USERS.admin);

    await page.getByRole('heading', { name: 'Đơn vị' }).waitFor();
    await tree(page).getByText('Tỉnh Quảng Ninh', { exact: true }).waitFor();
    await tree(page).getByText('Thành phố Hạ Long', { exact: true }).waitFor();
    await tree(page).getByText('Thành phố Móng Cái', { exact: true }).waitFor();
    await page.getByTestId('current-user').getByText('Tỉnh Quảng Ninh').waitFor();

    // Search without diacritics: the server folds them.
    await page.getByRole('searchbox').fill('bach dang');
    await unitRow(page, 'Phường Bạch Đằng').first().waitFor();
    await unitRow(page, 'Thành phố Móng Cái').waitFor({ state: 'detached' });
    await page.getByRole('searchbox').fill('');

    // Choose Bạch Đằng in the tree: the table lists the units under it, the form proposes it as parent.
    await tree(page)
      .locator('.ant-tree-treenode', { hasText: 'Thành phố Hạ Long' })
      .locator('.ant-tree-switcher')
      .first()
      .click();
    await tree(page).getByText('Phường Bạch Đằng', { exact: true }).click();
    await page.getByText('Đơn vị trực thuộc: Phường Bạch Đằng').waitFor();

    const code = uniqueCode();
    const name = `Tổ dân phố thử nghiệm ${code}`;
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await page.getByText('Thêm đơn vị mới').waitFor();
    await formItem(page, 'Đơn vị cấp trên').getByText('Phường Bạch Đằng').waitFor();
    await formItem(page, 'Loại đơn vị').getByText('Thôn/tổ dân phố').waitFor();

    // A name of blanks passes the browser's check but not the server's: its message shows at the field.
    await formItem(page, 'Mã đơn vị').locator('input').fill(code);
    await formItem(page, 'Tên đơn vị').locator('input').fill('   ');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await formItem(page, 'Tên đơn vị').locator('.ant-form-item-explain-error').first().waitFor();
    await page.locator('.ant-drawer-open [role=alert]', { hasText: 'Dữ liệu chưa hợp lệ' }).waitFor();

    await formItem(page, 'Tên đơn vị').locator('input').fill(name);
    await formItem(page, 'Số người').locator('input').fill('42');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã thêm đơn vị ${name}`).waitFor();
    await unitRow(page, name).waitFor();

    // The same code again is a conflict, explained at the code field.
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await formItem(page, 'Mã đơn vị').locator('input').fill(code);
    await formItem(page, 'Tên đơn vị').locator('input').fill(`${name} (trùng mã)`);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await formItem(page, 'Mã đơn vị').getByText('Mã đơn vị này đã được dùng cho một đơn vị khác.').waitFor();
    await page.getByRole('button', { name: 'Hủy' }).click();
    await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });

    const renamed = `${name} (đã sửa)`;
    await unitRow(page, name)
      .getByRole('button', { name: `Sửa ${name}` })
      .click();
    await page.getByText(`Sửa đơn vị: ${name}`).waitFor();
    const nameInput = formItem(page, 'Tên đơn vị').locator('input');
    await nameInput.waitFor();
    assert.equal(await nameInput.inputValue(), name);
    await nameInput.fill(renamed);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã lưu đơn vị ${renamed}`).waitFor();
    await unitRow(page, renamed).waitFor();

    await unitRow(page, renamed)
      .getByRole('button', { name: `Xóa ${renamed}` })
      .click();
    await page.getByText(`Xóa đơn vị “${renamed}”?`).waitFor();
    const confirm = page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' });
    await confirm.click();
    const deleted = page.getByText(`Đã xóa đơn vị ${renamed}`);
    // In two of three full runs on 2026-12-02 the confirmation's click sent no DELETE (the popconfirm
    // stayed open, no request failed), never when the file ran alone: a click lost to a re-render.
    // Said aloud and clicked once more, so the run shows whether it recurs.
    if (
      !(await deleted.waitFor({ timeout: 10_000 }).then(
        () => true,
        () => false,
      ))
    ) {
      if (await confirm.isVisible()) {
        console.error('units: the delete confirmation was clicked again (the first click sent no request)');
        await confirm.click();
      }
      await deleted.waitFor();
    }
    await unitRow(page, renamed).waitFor({ state: 'detached' });
  });
});

test('admin is told when someone else changed the unit meanwhile, and can reload it', async () => {
  const token = await apiToken(USERS.admin);
  const bachDang = (await api(token, 'GET', '/units?q=06694')).items.find((unit) => unit.code === '06694');
  const code = uniqueCode();
  const name = `Tổ dân phố xung đột ${code}`;
  const created = await api(token, 'POST', '/units', {
    code,
    name,
    type: 'VILLAGE',
    parentId: bachDang.id,
    active: true,
  });
  try {
    await withPage('admin-stale-version', async (page) => {
      await signIn(page, USERS.admin);
      await page.getByRole('searchbox').fill(code);
      await unitRow(page, name)
        .getByRole('button', { name: `Sửa ${name}` })
        .click();
      const nameInput = formItem(page, 'Tên đơn vị').locator('input');
      await nameInput.waitFor();
      assert.equal(await nameInput.inputValue(), name);

      // Someone else saves first.
      const theirs = `${name} (người khác sửa)`;
      const current = await api(token, 'GET', `/units/${created.id}`);
      const { type, parentId, active, version } = current;
      await api(token, 'PUT', `/units/${created.id}`, { code, name: theirs, type, parentId, active, version });

      await nameInput.fill(`${name} (tôi sửa)`);
      await page.getByRole('button', { name: 'Lưu' }).click();
      const alert = page.locator('.ant-drawer-open [role=alert]', { hasText: 'Người khác vừa thay đổi đơn vị này' });
      await alert.waitFor();

      await alert.getByRole('button', { name: 'Tải bản mới nhất' }).click();
      await alert.waitFor({ state: 'detached' });
      assert.equal(await nameInput.inputValue(), theirs);
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText(`Đã lưu đơn vị ${theirs}`).waitFor();
    });
  } finally {
    await api(token, 'DELETE', `/units/${created.id}`);
  }
});

test('officer of Phường Bạch Đằng sees only Bạch Đằng and the units below it', async () => {
  await withPage('officer-scope', async (page) => {
    await signIn(page, USERS.officerBachDang);

    await tree(page).getByText('Phường Bạch Đằng', { exact: true }).waitFor();
    await page.getByTestId('current-user').getByText('Phường Bạch Đằng').waitFor();
    await unitRow(page, 'Phường Bạch Đằng').waitFor();
    const treeText = await tree(page).innerText();
    const names = await unitNames(page);
    for (const outside of ['Tỉnh Quảng Ninh', 'Thành phố Hạ Long', 'Thành phố Móng Cái']) {
      assert.ok(!treeText.includes(outside), `${outside} must not be in officer.bachdang's tree`);
      assert.ok(!names.includes(outside), `${outside} must not be listed for officer.bachdang`);
    }

    await page.getByRole('searchbox').fill('mong cai');
    await page.getByText('Không có đơn vị nào phù hợp').waitFor();
    // Officers write in their own subtree.
    await page.getByRole('button', { name: 'Thêm đơn vị' }).waitFor();
  });
});

test('viewer reads units but is offered no create, edit or delete', async () => {
  await withPage('viewer-read-only', async (page) => {
    await signIn(page, USERS.viewer);

    await tree(page).getByText('Tỉnh Quảng Ninh', { exact: true }).waitFor();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Thêm đơn vị' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Sửa / }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Xóa / }).count(), 0);
    assert.equal(await page.getByRole('columnheader', { name: 'Thao tác' }).count(), 0);
  });
});

test('the language switch turns the labels into English and is remembered', async () => {
  await withPage('language-switch', async (page) => {
    await signIn(page, USERS.viewer);
    await page.getByRole('heading', { name: 'Đơn vị' }).waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();

    await page.locator('.language-switch').getByRole('button', { name: 'EN', exact: true }).click();

    await page.getByRole('heading', { name: 'Units' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('columnheader', { name: 'Name' }).waitFor();
    await page.getByPlaceholder('Search by code or name (accents optional)').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Units' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  });
});
