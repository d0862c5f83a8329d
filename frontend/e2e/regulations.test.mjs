// Browser flow of the Regulations page against the real Keycloak and backend with the Quảng Ninh
// demo data: every active unit below the province has an issued regulation (villages a convention).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signIn, USERS, withPage } from './support.mjs';

test('viewer sees the Quảng Ninh regulations and their coverage, read-only', async () => {
  await withPage('viewer-regulations', async (page) => {
    await signIn(page, USERS.viewer);

    await page.getByRole('menuitem', { name: 'Quy chế dân chủ' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/regulations'));
    await page.getByRole('heading', { name: 'Quy chế dân chủ, hương ước, quy ước' }).waitFor();
    await page.getByText('Đơn vị đã có quy chế/hương ước').waitFor();

    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    assert.ok((await rows.count()) > 0);
    await rows.filter({ hasText: 'Đã ban hành' }).first().waitFor();

    // Search without diacritics: the server folds them.
    await page.getByRole('searchbox').fill('bach dang');
    await rows.filter({ hasText: 'Quy chế thực hiện dân chủ ở cơ sở - Phường Bạch Đằng' }).first().waitFor();
    const row = rows.filter({ hasText: 'Quy chế thực hiện dân chủ ở cơ sở - Phường Bạch Đằng' }).first();
    await row.getByText('Phường Bạch Đằng', { exact: true }).waitFor();
    await row.getByText('Đang có hiệu lực').waitFor();

    assert.equal(await page.getByRole('button', { name: /^(Thêm|Sửa|Xóa)/ }).count(), 0);
  });
});
