import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { visible } from './expect-ui';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Clicks something that makes the page download a file, and returns the file's bytes and suggested name. */
export async function downloadBy(page: Page, click: () => Promise<void>): Promise<{ name: string; content: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const path = await download.path();
  if (!path) throw new Error(`download failed: ${await download.failure()}`);
  return { name: download.suggestedFilename(), content: readFileSync(path) };
}

/** Puts a workbook into the wizard's upload box and starts validation. */
export async function uploadWorkbook(dialog: Locator, name: string, content: Buffer): Promise<void> {
  await dialog.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX, buffer: content });
  await visible(dialog.getByText(name));
  await dialog.getByRole('button', { name: '开始校验' }).click();
}

/** The rows of the wizard's problem table as their cell texts. */
export async function problemRows(dialog: Locator): Promise<string[][]> {
  const rows = dialog.locator('.ant-table-tbody tr.ant-table-row');
  const out: string[][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    out.push((await rows.nth(i).locator('td').allInnerTexts()).map((t) => t.trim()));
  }
  return out;
}

/** Types into the register's 关键字 search field and runs the query. */
export async function searchRegister(page: Page, keyword: string): Promise<void> {
  const form = page.locator('form[id="enterprise-search"], .ant-pro-query-filter').first();
  await form.getByLabel('关键字').fill(keyword);
  await form
    .getByRole('button', { name: '查 询' })
    .or(form.getByRole('button', { name: '查询' }))
    .first()
    .click();
}

/** Data rows of the first table on the page (antd's hidden measure row excluded). */
export function tableRows(page: Page): Locator {
  return page.locator('.ant-table-tbody tr.ant-table-row');
}
