// Browser flow of attachments: a citizen on a 390 px phone sends feedback with a photo, an officer of Hạ Long
// sees its thumbnail, attaches the answer letter as a PDF and publishes the answer, and the citizen downloads
// the letter from the tracking page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APP_URL, signIn, USERS, withPage } from './support.mjs';

const PHONE = { viewport: { width: 390, height: 844 } };
const TITLE = `E2E ${Date.now().toString(36)} - Đường thôn 3 sạt lở, có ảnh`;
const PHOTO = Buffer.from(
  '/9j/4AAQSkZJRgABAgAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAgADADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDFoorR0TS/7W1AQGTYirvcjrtBAwPfmvqsTiaeGoyr1XaMVdnytKlOrNU4K7ZnUV6XbaDplrCI1s4pPVpVDsT9T/Tiny6Lpk0ZjawtwD3RAp/MYNfFPj7BqdlSly99Pyv+p764br8t3NX+Z5jRWx4g0VdHni8qQvDKDt3feBGM57d6x6+ywWMo42hHEUHeMtvy/M8GvQnQqOlUVmgrX8O6qmlagWmL+RKux9p+7zw2O+OfzNZFFPGYSljKEsPVXuyVmFCtOhUVWG6PVra6gvIRNbypKh7qenfB9Dz0p8sscEZkmkSNB1Z2AA/E15NRXwT8Poc91iHy9uXW3rzfp8j6NcTS5daWvr+lv1N7xPq9vqk8CW2WjhB/eEY3E46A88YrBoor7rL8DSwGGjhqN+WPffe7/Fnz2JxE8TVdWpuz/9k=',
  'base64',
);
const LETTER = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

let trackingCode;

test('a citizen on a phone sends feedback with a photo', async () => {
  await withPage(
    'citizen-sends-photo',
    async (page) => {
      await page.goto(`${APP_URL}/portal/feedback`);
      await page.getByRole('heading', { name: 'Gửi ý kiến, phản ánh, kiến nghị' }).waitFor();
      await page.getByRole('combobox', { name: /Nơi bạn phản ánh/ }).fill('bach dang');
      await page.locator('.ant-select-item-option[title="Phường Bạch Đằng — Thành phố Hạ Long"]').click();
      await page.getByRole('combobox', { name: 'Quyền liên quan' }).click();
      await page.locator('.ant-select-item-option[title="Dân giám sát"]').click();
      await page.getByLabel('Tiêu đề').fill(TITLE);
      await page.getByLabel('Nội dung').fill('Đoạn đường bê tông thôn 3 bị sạt lở sau mưa, xem ảnh chụp.');
      await page
        .locator('input[type=file]')
        .first()
        .setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
      await page.getByText('IMG_2041.jpg').first().waitFor();
      await page.getByRole('switch', { name: /Gửi ẩn danh/ }).click();
      await page.getByRole('button', { name: 'Gửi ý kiến' }).click();

      const code = page.getByTestId('tracking-code');
      await code.waitFor();
      trackingCode = (await code.innerText()).trim();
      await page.getByTestId('portal-upload-progress').locator('.ant-progress-status-success').waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `the page is ${width}px wide on a 390px phone`);
    },
    PHONE,
  );
});

test('an officer sees the thumbnail, attaches a PDF answer and publishes it', async () => {
  assert.ok(trackingCode, 'the citizen test ran first');
  await withPage('officer-attaches-answer', async (page) => {
    await signIn(page, USERS.officerHaLong);
    await page.getByRole('menuitem', { name: 'Ý kiến, phản ánh' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/feedback'));
    await page.getByRole('searchbox').fill(TITLE.slice(0, 12));
    await page.getByTestId('attachment-count').first().waitFor();
    await page.getByRole('link', { name: TITLE }).click();

    await page.getByTestId('attachments-feedback').getByTestId('attachment-thumbnail').waitFor();
    await page.getByRole('button', { name: 'Bắt đầu xử lý' }).click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByTestId('feedback-status').filter({ hasText: 'Đang xử lý' }).waitFor();

    await page
      .getByTestId('attachments-feedback-answer')
      .locator('input[type=file]')
      .setInputFiles({ name: 'Công văn trả lời.pdf', mimeType: 'application/pdf', buffer: LETTER });
    await page.getByTestId('attachments-feedback-answer').getByText('Công văn trả lời.pdf').waitFor();

    await page.getByRole('button', { name: 'Trả lời' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Trả lời' }).fill('Xã đã sửa đoạn đường, xem công văn đính kèm.');
    await dialog.getByRole('button', { name: 'Trả lời' }).click();
    await page.getByTestId('feedback-status').filter({ hasText: 'Đã trả lời' }).waitFor();
  });
});

test('the citizen downloads the answer letter from the tracking page', async () => {
  assert.ok(trackingCode, 'the citizen test ran first');
  await withPage(
    'citizen-downloads-answer',
    async (page) => {
      await page.goto(`${APP_URL}/portal/track/${trackingCode}`);
      await page.getByTestId('tracking-status').filter({ hasText: 'Đã trả lời' }).waitFor();
      const link = page.getByTestId('tracking-files').getByRole('link', { name: 'Công văn trả lời.pdf' });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      assert.equal(download.suggestedFilename(), 'Công văn trả lời.pdf');
      const path = await download.path();
      const { readFile } = await import('node:fs/promises');
      assert.ok((await readFile(path)).toString('latin1').startsWith('%PDF-1.4'));
    },
    PHONE,
  );
});
