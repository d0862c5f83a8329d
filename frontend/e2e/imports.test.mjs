// Browser flow of the import wizard against the real Keycloak and backend with the Quảng Ninh demo
// data: officer.bachdang's scope is Phường Bạch Đằng (06694); Móng Cái (194) lies outside it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { api, apiToken, signIn, uniqueCode, USERS, withPage } from './support.mjs';

const HEADER = 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên';

function csv(lines) {
  return { name: 'khu-pho.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8') };
}

/** The row of the errors table that names this spreadsheet row and column. */
function errorRow(page, row, column) {
  return page
    .locator('.ant-table-tbody tr.ant-table-row')
    .filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${row}$`) }) })
    .filter({ hasText: column });
}

test('officer imports residential groups: a file with mistakes writes nothing and names each, the corrected one imports', async () => {
  const code = uniqueCode();
  const token = await apiToken(USERS.admin);
  const imported = async () => (await api(token, 'GET', `/units?q=${encodeURIComponent(code)}&size=50`)).total;

  await withPage('officer-import-wizard', async (page) => {
    await signIn(page, USERS.officerBachDang);
    await page.getByRole('menuitem', { name: 'Nhập từ bảng tính' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/imports'));
    await page.getByRole('heading', { name: 'Nhập dữ liệu từ bảng tính' }).waitFor();
    // Officers may not import party members; units come first.
    await page.getByRole('combobox', { name: 'Loại dữ liệu' }).click();
    await page.locator('.ant-select-item-option[title="Tập huấn"]').waitFor();
    assert.equal(await page.locator('.ant-select-item-option[title="Đảng viên"]').count(), 0);
    await page.locator('.ant-select-item-option[title="Đơn vị"]').click();

    const fileInput = page.locator('input[type=file]');
    await fileInput.setInputFiles(
      csv([
        HEADER,
        `${code}-1,Tổ dân phố nhập thử 1,VILLAGE,06694`,
        `${code}-2,,VILLAGE,06694`,
        `${code}-3,Tổ dân phố nhập thử 3,HAMLET,06694`,
        `${code}-4,Tổ dân phố nhập thử 4,VILLAGE,194`,
      ]),
    );
    await page.getByText('khu-pho.csv').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();

    await page.getByText(/Tìm thấy 3 lỗi\. Không có dữ liệu nào được ghi/).waitFor();
    await errorRow(page, 3, 'Tên đơn vị').waitFor();
    await errorRow(page, 4, 'Loại đơn vị').waitFor();
    await errorRow(page, 4, 'HAMLET').waitFor();
    await errorRow(page, 5, 'Mã đơn vị cấp trên').waitFor();
    assert.equal(await page.getByRole('button', { name: /^Nhập \d+ dòng/ }).count(), 0);
    assert.equal(await imported(), 0, 'a file with mistakes writes nothing');

    await fileInput.setInputFiles(
      csv([
        HEADER,
        `${code}-1,Tổ dân phố nhập thử 1,VILLAGE,06694`,
        `${code}-2,Tổ dân phố nhập thử 2,VILLAGE,06694`,
        `${code}-3,Tổ dân phố nhập thử 3,Tổ dân phố,06694`,
        `${code}-4,Tổ dân phố nhập thử 4,VILLAGE,06694`,
      ]),
    );
    await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();
    await page.getByText('Tệp hợp lệ: 4 dòng. Chưa có gì được ghi; bấm Nhập để ghi.').waitFor();
    assert.equal(await imported(), 0, 'a dry run writes nothing');

    await page.getByRole('button', { name: 'Nhập 4 dòng' }).click();
    await page.getByText('Đã nhập xong: tạo mới 4, cập nhật 0, không đổi 0.').waitFor();
  });

  const units = await api(token, 'GET', `/units?q=${encodeURIComponent(code)}&size=50&sort=code,asc`);
  assert.deepEqual(
    units.items.map((unit) => [unit.code, unit.name, unit.parentName]),
    [
      [`${code}-1`, 'Tổ dân phố nhập thử 1', 'Phường Bạch Đằng'],
      [`${code}-2`, 'Tổ dân phố nhập thử 2', 'Phường Bạch Đằng'],
      [`${code}-3`, 'Tổ dân phố nhập thử 3', 'Phường Bạch Đằng'],
      [`${code}-4`, 'Tổ dân phố nhập thử 4', 'Phường Bạch Đằng'],
    ],
  );
});
