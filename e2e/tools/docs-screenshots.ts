// Regenerates docs/screenshots/users.png and audit.png from a running demo server:
// `npx tsx e2e/tools/docs-screenshots.ts [baseUrl]`. The audit shot expands a 修改系统参数 or 修改用户 row when one exists.
import { join } from 'node:path';
import { launchBrowser } from '../support/browser';
import { openPage, signIn, signOut } from '../support/flows';
import { ROOT } from '../support/server';

const base = process.argv[2] ?? 'http://127.0.0.1:3100';
const out = join(ROOT, 'docs/screenshots');
const PASSWORD = 'Kechuang@2022';

const b = await launchBrowser();
const { page } = b;
try {
  await signIn(page, base, 'admin', PASSWORD);
  await openPage(page, base, '/system/user');
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, 'users.png') });
  await signOut(page);

  await signIn(page, base, 'auditor', PASSWORD);
  await openPage(page, base, '/audit/log');
  await page.getByRole('button', { name: '校验审计链' }).click();
  await page.getByText('审计链校验通过').waitFor({ timeout: 60_000 });
  // A parameter change shows the before/after highlight best: filter the list to 修改系统参数.
  await page.getByText('展开', { exact: true }).click();
  await page.getByLabel('操作', { exact: true }).fill('修改系统参数');
  await page.locator('.ant-select-item-option', { hasText: '修改系统参数' }).click();
  await page.getByRole('button', { name: '查询' }).click();
  await page.waitForTimeout(1200);
  const row = page.locator('.ant-table-row').first();
  if (await row.count()) await row.locator('.ant-table-row-expand-icon').click();
  await page.setViewportSize({ width: 1440, height: 1300 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, 'audit.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await signOut(page);
  console.log(`screenshots written to ${out}`);
} finally {
  await b.close();
}
